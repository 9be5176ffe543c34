import WeifaBase

/// A token: a kind and a byte range. Tokens cover the input without gaps or overlaps.
package struct RawToken: Sendable {
  package var kind: SyntaxKind
  package var start: UInt32
  package var end: UInt32
}

/// A node: a kind and its children, a slice of `SyntaxTree.elements`.
package struct RawNode: Sendable {
  package var kind: SyntaxKind
  package var childStart: Int32
  package var childCount: Int32
  /// The first token of the node and one past its last, so a node's bytes are one range.
  package var tokenStart: Int32
  package var tokenEnd: Int32
}

/// The lossless concrete syntax tree of one file.
///
/// **Invariant:** the tokens, in tree order, spell the input exactly: `tree.text == source bytes`,
/// whatever the input was. Nodes live in one array (children before parents); the root is last.
package struct SyntaxTree: Sendable {
  package let source: SourceFile
  package let tokens: [RawToken]
  package let nodes: [RawNode]
  /// Child lists: a value `v >= 0` is token `v`, a value `v < 0` is node `~v`.
  package let elements: [Int32]

  package var root: SyntaxNode { SyntaxNode(tree: self, index: nodes.count - 1) }

  /// The input, rebuilt from the tree by walking it (not by reading the source).
  package func reconstructedBytes() -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(source.bytes.count)
    func walk(_ n: Int) {
      let node = nodes[n]
      for k in 0..<Int(node.childCount) {
        let e = elements[Int(node.childStart) + k]
        if e >= 0 {
          let t = tokens[Int(e)]
          out.append(contentsOf: source.bytes[Int(t.start)..<Int(t.end)])
        } else { walk(Int(~e)) }
      }
    }
    if !nodes.isEmpty { walk(nodes.count - 1) }
    return out
  }

  /// An indented dump for golden tests: one line per node and per non-trivia token.
  package func dump() -> String {
    var out = ""
    func walk(_ n: SyntaxNode, _ depth: Int) {
      out += String(repeating: "  ", count: depth) + "\(n.kind.productionName)@\(n.range.lower)..\(n.range.upper)\n"
      for child in n.children {
        switch child {
        case .node(let c): walk(c, depth + 1)
        case .token(let t):
          if !t.kind.isTrivia {
            out += String(repeating: "  ", count: depth + 1) + "\(t.kind) \"\(t.text)\"\n"
          }
        }
      }
    }
    walk(root, 0)
    return out
  }
}

/// A view of one token.
package struct SyntaxToken {
  package let tree: SyntaxTree
  package let index: Int
  package var kind: SyntaxKind { tree.tokens[index].kind }
  package var range: TextRange { TextRange(Int(tree.tokens[index].start), Int(tree.tokens[index].end)) }
  package var text: String { tree.source.text(range) }
}

/// A view of one node.
package struct SyntaxNode {
  package let tree: SyntaxTree
  package let index: Int
  package var kind: SyntaxKind { tree.nodes[index].kind }

  package enum Child { case node(SyntaxNode), token(SyntaxToken) }

  package var children: [Child] {
    let raw = tree.nodes[index]
    return (0..<Int(raw.childCount)).map { k in
      let e = tree.elements[Int(raw.childStart) + k]
      return e >= 0 ? .token(SyntaxToken(tree: tree, index: Int(e))) : .node(SyntaxNode(tree: tree, index: Int(~e)))
    }
  }
  package var childNodes: [SyntaxNode] {
    children.compactMap { if case .node(let n) = $0 { return n } else { return nil } }
  }
  package var childTokens: [SyntaxToken] {
    children.compactMap { if case .token(let t) = $0 { return t } else { return nil } }
  }
  // These two run for every node of every check: they scan the child list without building arrays.
  package func child(_ kind: SyntaxKind) -> SyntaxNode? {
    let raw = tree.nodes[index]
    for k in 0..<Int(raw.childCount) {
      let e = tree.elements[Int(raw.childStart) + k]
      if e < 0 && tree.nodes[Int(~e)].kind == kind { return SyntaxNode(tree: tree, index: Int(~e)) }
    }
    return nil
  }
  package func token(_ kind: SyntaxKind) -> SyntaxToken? {
    let raw = tree.nodes[index]
    for k in 0..<Int(raw.childCount) {
      let e = tree.elements[Int(raw.childStart) + k]
      if e >= 0 && tree.tokens[Int(e)].kind == kind { return SyntaxToken(tree: tree, index: Int(e)) }
    }
    return nil
  }

  package var range: TextRange {
    let raw = tree.nodes[index]
    if raw.tokenStart >= raw.tokenEnd {
      // An empty node: place it where the next token starts.
      let at = Int(raw.tokenStart) < tree.tokens.count ? Int(tree.tokens[Int(raw.tokenStart)].start) : tree.source.bytes.count
      return TextRange(at, at)
    }
    return TextRange(Int(tree.tokens[Int(raw.tokenStart)].start), Int(tree.tokens[Int(raw.tokenEnd) - 1].end))
  }
  /// The node's text, trivia included.
  package var text: String { tree.source.text(range) }
  /// The node's text without comments and with white space removed at both ends.
  package var significantText: String {
    let raw = tree.nodes[index]
    var s = ""
    for t in Int(raw.tokenStart)..<Int(raw.tokenEnd) where tree.tokens[t].kind != .comment && tree.tokens[t].kind != .newline {
      s += tree.source.text(TextRange(Int(tree.tokens[t].start), Int(tree.tokens[t].end)))
    }
    return s.trimmingSpaces()
  }

  /// All descendant nodes in document order (this node first).
  package func preorder() -> [SyntaxNode] {
    var out = [SyntaxNode]()
    func walk(_ n: SyntaxNode) {
      out.append(n)
      for c in n.childNodes { walk(c) }
    }
    walk(self)
    return out
  }
}

extension String {
  /// Trims half-width, full-width and no-break spaces and tabs.
  package func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{A0}" }
    guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = lastIndex(where: { !isSpace($0) })!
    return String(self[first...last])
  }
}

/// Builds a `SyntaxTree` from start/token/finish calls (rowan's GreenNodeBuilder).
struct TreeBuilder {
  var tokens: [RawToken] = []
  var nodes: [RawNode] = []
  var elements: [Int32] = []
  /// The children of the open nodes, innermost last: `scratch[0..<scratchCount]`. The array never
  /// shrinks, so that closing a node is a copy and a count, not a removal.
  private var scratch: [Int32] = []
  private var scratchCount = 0
  private var stack: [(kind: SyntaxKind, scratchStart: Int, tokenStart: Int32)] = []

  init(estimatedTokens: Int) {
    tokens.reserveCapacity(estimatedTokens)
    elements.reserveCapacity(estimatedTokens + estimatedTokens / 2)
    nodes.reserveCapacity(estimatedTokens / 2)
    scratch.reserveCapacity(256)
    stack.reserveCapacity(32)
  }

  var depth: Int { stack.count }
  func kind(at depthIndex: Int) -> SyntaxKind { stack[depthIndex].kind }
  var currentKind: SyntaxKind? { stack.last?.kind }

  mutating func start(_ kind: SyntaxKind) {
    stack.append((kind, scratchCount, Int32(tokens.count)))
  }

  @inline(__always)
  private mutating func pushChild(_ e: Int32) {
    if scratchCount < scratch.count { scratch[scratchCount] = e } else { scratch.append(e) }
    scratchCount += 1
  }

  mutating func token(_ kind: SyntaxKind, _ start: Int, _ end: Int) {
    pushChild(Int32(tokens.count))
    tokens.append(RawToken(kind: kind, start: UInt32(start), end: UInt32(end)))
  }

  mutating func finish() {
    let top = stack.removeLast()
    let childStart = Int32(elements.count)
    let count = scratchCount - top.scratchStart
    if count > 0 {
      let children = scratch, from = top.scratchStart, to = scratchCount
      children.withUnsafeBufferPointer { buf in
        elements.append(contentsOf: UnsafeBufferPointer(rebasing: buf[from..<to]))
      }
    }
    scratchCount = top.scratchStart
    nodes.append(RawNode(kind: top.kind, childStart: childStart, childCount: Int32(count),
                         tokenStart: top.tokenStart, tokenEnd: Int32(tokens.count)))
    pushChild(~Int32(nodes.count - 1))
  }
}
