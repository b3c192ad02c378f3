/** The components the documents' MDX bodies are written in (see src/model/body.ts for the format). */
import Caption from './Caption.astro';
import Contents from './Contents.astro';
import Entry from './Entry.astro';
import Grade from './Grade.astro';
import Group from './Group.astro';
import Head from './Head.astro';
import Heading from './Heading.astro';
import List from './List.astro';
import Paragraph from './Paragraph.astro';
import Point from './Point.astro';
import Row from './Row.astro';
import Rows from './Rows.astro';
import Table from './Table.astro';
import Text from './Text.astro';

export const documentComponents = { Caption, Contents, Entry, Grade, Group, Head, Heading, List, Paragraph, Point, Row, Rows, Table, Text };
