import WeifaBase
import WeifaSyntax
import WeifaRender

// Word in, Word out (issue 14), as the front end reaches it: `weifa build --to docx` and
// `weifa import FILE.docx`.

extension Analysis {
  /// `weifa build --to docx`: the .docx bytes (`DocxPrinter`) and the same warnings as the text
  /// formats (a document without @标题 …).
  package func renderDocx(annotated: Bool, draft: Bool, lang: Language, extras: PrintExtras = []) -> (bytes: [UInt8], warnings: [LocalizedText]) {
    let (docs, options) = printing(format: .text, annotated: annotated, draft: draft, lang: lang, extras: extras)
    return (DocxPrinter.render(docs, in: workspace, options: options), Renderer.missingFacts(docs, in: workspace, options: options))
  }
}

/// `weifa import FILE.docx`: the document's text read from the Word file (`DocxReader`), then
/// imported as pasted text is (`TextImport.run`).
package enum DocxImport {
  /// Whether the bytes are a zip archive (a .docx, .xlsx … or any zip), or an OLE compound file
  /// (Word 97–2003 .doc, WPS .wps, or an encrypted .docx).
  package static func isZip(_ bytes: [UInt8]) -> Bool { ZipArchive.looksLikeZip(bytes) }
  package static func isCompoundFile(_ bytes: [UInt8]) -> Bool { DocxReader.isCompoundFile(bytes) }

  /// The text of the document, one line a paragraph, with the notes on what was left out
  /// (deleted revisions, comments, the 目录); or why the file cannot be read.
  package static func text(_ bytes: [UInt8]) -> Result<DocxText, LocalizedText> { DocxReader.read(bytes) }

  /// The note every import of a .docx with page numbers in its footers has (Weifa's own do).
  package static var pageNumberNote: LocalizedText { DocxReader.pageNumberNote }
}

package typealias DocxText = WeifaSyntax.DocxText
