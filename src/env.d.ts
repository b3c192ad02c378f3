/** What a page hands the components it renders, per render (Astro.locals). */
declare namespace App {
  interface Locals {
    /** Set by a document page (src/pages/inspections/[id].astro) for the components of its body. */
    documentBody?: import('./model/document-body').DocumentBody;
  }
}
