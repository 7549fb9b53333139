// What a render passes down to every component it draws.
declare namespace App {
  interface Locals {
    /** Rendering for a feed (src/loaders/articleHtml.ts): charts become images with text alternatives. */
    feed?: boolean;
  }
}
