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
///
/// A class (immutable, so still a value in every way that matters): every `SyntaxNode` and
/// `SyntaxToken` view holds the tree, and holding one reference instead of four arrays and the
/// source makes each view's copy one retain, not five.
package final class SyntaxTree: Sendable {
  package let source: SourceFile
  package let tokens: [RawToken]
  package let nodes: [RawNode]
  /// Child lists: a value `v >= 0` is token `v`, a value `v < 0` is node `~v`.
  package let elements: [Int32]

  package init(source: SourceFile, tokens: [RawToken], nodes: [RawNode], elements: [Int32]) {
    self.source = source
    self.tokens = tokens
    self.nodes = nodes
    self.elements = elements
  }

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
  package init(tree: SyntaxTree, index: Int) { self.tree = tree; self.index = index }
  package var kind: SyntaxKind { tree.tokens[index].kind }
  package var range: TextRange { TextRange(Int(tree.tokens[index].start), Int(tree.tokens[index].end)) }
  package var text: String { tree.source.text(range) }
  /// `body` on the whole source's bytes and the token's start and end offsets in them.
  package func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> R) -> R {
    let raw = tree.tokens[index]
    return tree.source.bytes.withUnsafeBufferPointer { body($0, Int(raw.start), Int(raw.end)) }
  }
}

/// A view of one node.
package struct SyntaxNode {
  package let tree: SyntaxTree
  package let index: Int
  package init(tree: SyntaxTree, index: Int) { self.tree = tree; self.index = index }
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
    // Straight from the element list (not `children` filtered: one array, not two).
    let raw = tree.nodes[index]
    var out = [SyntaxNode]()
    out.reserveCapacity(Int(raw.childCount))   // one allocation, not one per doubling
    for k in 0..<Int(raw.childCount) {
      let e = tree.elements[Int(raw.childStart) + k]
      if e < 0 { out.append(SyntaxNode(tree: tree, index: Int(~e))) }
    }
    return out
  }
  package var childTokens: [SyntaxToken] {
    // Straight from the element list, as `childNodes` (not `children` filtered: one array, not two).
    let raw = tree.nodes[index]
    var out = [SyntaxToken]()
    out.reserveCapacity(Int(raw.childCount))
    for k in 0..<Int(raw.childCount) {
      let e = tree.elements[Int(raw.childStart) + k]
      if e >= 0 { out.append(SyntaxToken(tree: tree, index: Int(e))) }
    }
    return out
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
///
/// The arrays grow in `GrowBuffer`s, which append without Array's uniqueness check; the tree gets
/// them as arrays once, at the end. A builder is used by one parser and never copied.
struct TreeBuilder {
  private let tokenBuffer: GrowBuffer<RawToken>
  private let nodeBuffer: GrowBuffer<RawNode>
  private let elementBuffer: GrowBuffer<Int32>
  /// The children of the open nodes, innermost last.
  private let scratch: GrowBuffer<Int32>
  private let stack: GrowBuffer<(kind: SyntaxKind, scratchStart: Int, tokenStart: Int32)>

  init(estimatedTokens: Int) {
    tokenBuffer = GrowBuffer(capacity: estimatedTokens)
    elementBuffer = GrowBuffer(capacity: estimatedTokens + estimatedTokens / 2)
    nodeBuffer = GrowBuffer(capacity: estimatedTokens)
    scratch = GrowBuffer(capacity: 256)
    stack = GrowBuffer(capacity: 32)
  }

  var tokens: [RawToken] { tokenBuffer.array }
  var nodes: [RawNode] { nodeBuffer.array }
  var elements: [Int32] { elementBuffer.array }

  var depth: Int { stack.count }
  func kind(at depthIndex: Int) -> SyntaxKind { stack[depthIndex].kind }
  var currentKind: SyntaxKind? { stack.count > 0 ? stack[stack.count - 1].kind : nil }

  func start(_ kind: SyntaxKind) {
    stack.append((kind, scratch.count, Int32(tokenBuffer.count)))
  }

  func token(_ kind: SyntaxKind, _ start: Int, _ end: Int) {
    scratch.append(Int32(tokenBuffer.count))
    tokenBuffer.append(RawToken(kind: kind, start: UInt32(start), end: UInt32(end)))
  }

  func finish() {
    let top = stack.removeLast()
    let childStart = Int32(elementBuffer.count)
    let count = scratch.count - top.scratchStart
    elementBuffer.append(from: scratch, top.scratchStart..<scratch.count)
    scratch.removeLast(count)
    nodeBuffer.append(RawNode(kind: top.kind, childStart: childStart, childCount: Int32(count),
                              tokenStart: top.tokenStart, tokenEnd: Int32(tokenBuffer.count)))
    scratch.append(~Int32(nodeBuffer.count - 1))
  }
}

/// A growable array of trivial values (tokens, nodes, indices) that appends without the
/// uniqueness check of a copy-on-write Array. Indices are the caller's to keep in bounds.
final class GrowBuffer<Element> {
  private var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  @inline(__always)
  func append(_ e: Element) {
    if count == capacity { grow(to: capacity * 2) }
    (base + count).initialize(to: e)
    count += 1
  }

  /// Appends `other[range]`.
  @inline(__always)
  func append(from other: GrowBuffer<Element>, _ range: Range<Int>) {
    precondition(range.lowerBound >= 0 && range.upperBound <= other.count)
    let k = range.count
    if count + k > capacity { grow(to: max(capacity * 2, count + k)) }
    var i = 0
    while i < k {
      (base + count + i).initialize(to: other.base[range.lowerBound + i])
      i += 1
    }
    count += k
  }

  @inline(__always)
  func removeLast() -> Element {
    precondition(count > 0)
    count -= 1
    return (base + count).move()
  }

  @inline(__always)
  func removeLast(_ k: Int) {
    precondition(k >= 0 && k <= count)
    count -= k
    (base + count).deinitialize(count: k)
  }

  @inline(__always)
  subscript(i: Int) -> Element {
    precondition(i >= 0 && i < count)
    return base[i]
  }

  @inline(never)
  private func grow(to newCapacity: Int) {
    let b = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    b.moveInitialize(from: base, count: count)
    base.deallocate()
    base = b
    capacity = newCapacity
  }

  var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
