/**
 * How a block is named to a reader: "paragraph 30", "point 3 under paragraph 28",
 * "row “Being healthy”". Used by notes on the text, judgements and citations.
 */
import { identifiedBlocks, type Block } from './body';

export function blockLabels(blocks: Block[], numbered: boolean): Map<string, string> {
  const labels = new Map<string, string>();
  const paragraphOrdinal = new Map<string, number>();
  let paragraphs = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') paragraphOrdinal.set(block.id, ++paragraphs);
  }
  const paragraphName = (id: string) => {
    const block = blocks.find((b) => b.type === 'paragraph' && b.id === id);
    if (block?.type !== 'paragraph') return id;
    if (numbered && block.number) return `paragraph ${block.number}`;
    return `paragraph ${block.number ? `${block.number}.` : paragraphOrdinal.get(id)}`;
  };
  for (const { id, text, block } of identifiedBlocks(blocks)) {
    switch (block.type) {
      case 'paragraph':
        labels.set(id, paragraphName(id));
        break;
      case 'list': {
        const [, parent, n] = /^(.*)-(\d+)$/.exec(id) ?? [];
        labels.set(id, parent ? `point ${n} under ${paragraphName(parent)}` : `point ${id}`);
        break;
      }
      case 'table': {
        const row = block.bodies.flat().find((r) => r.id === id);
        labels.set(id, row ? `table row “${row.type === 'row' ? row.header : row.text}”` : 'table');
        break;
      }
      case 'heading':
        labels.set(id, `heading “${text}”`);
        break;
      case 'grade':
        labels.set(id, `grade line “${text}”`);
        break;
      case 'contents':
        labels.set(id, 'contents');
        break;
      case 'text':
        labels.set(id, `“${text.split('\n')[0]}”`);
        break;
    }
  }
  return labels;
}
