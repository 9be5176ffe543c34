import Dispatch
import Synchronization
import WeifaBase
import WeifaSyntax
import WeifaSemantics
import WeifaRender

/// One input file as the front end read it: its path, its text as UTF-8, and what the front
/// end found while reading it (e.g. decoded from GB18030), reported as diagnostics of the file.
package struct InputFile: Sendable {
  package var path: String
  package var bytes: [UInt8]
  package var notes: [InputNote]
  package init(path: String, bytes: [UInt8], notes: [InputNote] = []) { self.path = path; self.bytes = bytes; self.notes = notes }
}

/// A parsed document with its diagnostics.
package struct Document: Sendable {
  package let source: SourceFile
  package let tree: SyntaxTree
  package let diagnostics: [Diagnostic]
}

/// Context documents (higher law, the rest of a bundle), parsed and lowered once so that many
/// analyses can share them. Only their lowered model is kept: context is never reported on.
package struct PreparedContext: Sendable {
  package let paths: [String]
  package let charters: [Charter]

  /// How many of `charters` were read from the store rather than parsed and lowered.
  package let cached: Int

  /// `concurrent: false` keeps the work on the caller's thread (the benchmark's single-core rows).
  /// With a `store`, each document's model is read from it when it holds one for these exact bytes
  /// (`ContextCache`), and stored when it does not.
  package init(_ files: [InputFile], concurrent: Bool = true, store: (any ModelStore)? = nil) {
    paths = files.map(\.path)
    let results = concurrentMap(files, concurrent: concurrent) { file in
      ContextCache.charter(file, store: store) { Charter.lower(Parser.parse($0).tree) }
    }
    charters = results.map(\.charter)
    cached = results.filter(\.cached).count
  }
}

/// `items.map(transform)`, the items shared out over the cores (the order of the result is the
/// order of `items`; the work of each item is independent). One item runs on the caller's thread.
func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], concurrent: Bool = true, _ transform: @Sendable (T) -> R) -> [R] {
  guard concurrent && items.count > 1 else { return items.map(transform) }
  let results = Mutex([R?](repeating: nil, count: items.count))
  DispatchQueue.concurrentPerform(iterations: items.count) { i in
    let r = transform(items[i])
    results.withLock { $0[i] = r }
  }
  return results.withLock { $0.map { $0! } }
}

/// The name of a bundle's manifest file.
package let manifestFileName = "目录.weifa"

/// The analysis of a set of files: the entry point the front ends use.
package struct Analysis: Sendable {
  package let documents: [Document]

  /// The lowered model of every document, context documents included.
  package let workspace: Workspace

  /// Parses and checks every file. `context` files (higher law, the rest of a bundle) are read
  /// so references can resolve into them, but are not reported on. `siblings(path)` lists the
  /// file names in the directory of a manifest, so bundle checks need no file system access here.
  /// With a `store`, the context documents' models are kept there between runs (`ContextCache`).
  package init(files: [InputFile], context: [InputFile] = [], siblings: (String) -> [String] = { _ in [] }, concurrent: Bool = true,
               store: (any ModelStore)? = nil) {
    let fresh = context.filter { c in !files.contains { $0.path == c.path } }
    self.init(files: files, prepared: PreparedContext(fresh, concurrent: concurrent, store: store), siblings: siblings, concurrent: concurrent)
  }

  /// Parses and checks `files` against context documents parsed and lowered once (`PreparedContext`):
  /// the same result as `init(files:context:siblings:)` with those context files, without
  /// parsing them again for every check (a province's charters against the same higher law).
  /// Several files are parsed, lowered and checked on all cores unless `concurrent` is false.
  package init(files: [InputFile], prepared: PreparedContext, siblings: (String) -> [String] = { _ in [] }, concurrent: Bool = true) {
    // Files are parsed and lowered, then checked, each on its own core where there are several.
    let parsed = concurrentMap(files, concurrent: concurrent) { input -> (SourceFile, ParseResult, Charter) in
      let source = SourceFile(path: input.path, bytes: input.bytes)
      let result = Parser.parse(source, notes: input.notes)
      return (source, result, Charter.lower(result.tree))
    }
    // Context documents the files do not already hold, in the order given.
    let extra = prepared.charters.indices.filter { c in !files.contains { $0.path == prepared.paths[c] } }
    let charters = parsed.map(\.2) + extra.map { prepared.charters[$0] }
    let workspace = Workspace(charters: charters, isContext: charters.indices.map { $0 >= files.count })
    self.workspace = workspace
    // The manifest's sibling lists are read here, on the caller's thread: `siblings` may touch the file system.
    let siblingNames = files.map { f in
      f.path == manifestFileName || f.path.hasSuffix("/" + manifestFileName) ? siblings(f.path) : nil
    }
    documents = concurrentMap(Array(files.indices), concurrent: concurrent) { i in
      let (source, result, _) = parsed[i]
      var diags = result.diagnostics
      // A file read with the wrong encoding (WF1019) is a charter whose words cannot be read:
      // that note says what is wrong, not WF2006.
      let misread = diags.contains { $0.code == InputIssues.nonUTF8 }
      diags += StructureChecks.check(result.tree).filter { !(misread && $0.code == StructureChecks.notACharter) }
      if let names = siblingNames[i] {
        diags += BundleChecks.check(result.tree, siblings: names)
      }
      diags += CheckRegistry.run(workspace, index: i)
      diags.sort(by: Diagnostic.ordered)
      return Document(source: source, tree: result.tree, diagnostics: diags)
    }
  }

  package var diagnostics: [Diagnostic] { documents.flatMap(\.diagnostics) }

  /// Files of a directory in book order: a manifest's `@收录` order where there is one
  /// (the manifest first, documents it does not name last), else as given.
  package static func bundleOrder(_ files: [InputFile]) -> [InputFile] {
    guard let manifest = files.first(where: { $0.path == manifestFileName || $0.path.hasSuffix("/" + manifestFileName) }) else { return files }
    let tree = Parser.parse(SourceFile(path: manifest.path, bytes: manifest.bytes)).tree
    let order = manifestEntries(tree).map(\.name)
    let dir = manifest.path.hasSuffix("/" + manifestFileName) ? String(manifest.path.dropLast(manifestFileName.count)) : ""
    var out = [manifest]
    for name in order { if let f = files.first(where: { $0.path == dir + name }) { out.append(f) } }
    out += files.filter { f in !out.contains { $0.path == f.path } }
    return out
  }

  /// The documents a manifest names, in order (its `@收录` lines).
  package static func manifestEntries(_ tree: SyntaxTree) -> [(name: String, range: TextRange)] {
    tree.root.preorder().compactMap { node -> (String, TextRange)? in
      guard node.kind == .directive, node.token(.directiveKeyword).map({ DirectiveKeyword(rawValue: $0.text) == .includes }) == true,
            let head = node.child(.directiveHead) else { return nil }
      return (head.significantText, head.range)
    }
  }
}
