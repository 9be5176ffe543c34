import Foundation
import Testing
import WeifaTestSupport

/// Package.swift matches the imports: every target's dependencies are exactly the project
/// modules its sources import (system modules — Foundation, Glibc, Dispatch … — are not
/// dependencies). A module used without being declared, or declared without being used, fails.
@Suite struct PackageImportTests {
  /// `name → (directory, declared dependencies)` read from Package.swift.
  static func targets() -> [String: (path: String, deps: Set<String>)] {
    let text = String(decoding: readBytes("Package.swift"), as: UTF8.self)
    var out = [String: (String, Set<String>)]()
    for line in text.split(separator: "\n") {
      guard let nameRange = line.range(of: "name: \"") else { continue }
      let afterName = line[nameRange.upperBound...]
      guard let end = afterName.firstIndex(of: "\"") else { continue }
      let name = String(afterName[..<end])
      guard line.contains(".target(") || line.contains(".testTarget(") || line.contains(".executableTarget(") else { continue }
      var deps = Set<String>()
      if let d = line.range(of: "dependencies: [") {
        let list = line[d.upperBound...].prefix { $0 != "]" }
        for part in list.split(separator: ",") {
          let t = part.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
          if !t.isEmpty { deps.insert(t) }
        }
      }
      var path = (line.contains(".testTarget(") ? "Tests/" : "Sources/") + name
      if let p = line.range(of: "path: \"") { path = String(line[p.upperBound...].prefix { $0 != "\"" }) }
      out[name] = (path, deps)
    }
    return out
  }

  /// The project modules imported by the Swift files under `path`.
  static func imports(under path: String, modules: Set<String>) -> Set<String> {
    let base = repoRoot.appendingPathComponent(path).path
    var out = Set<String>()
    for case let file as String in FileManager.default.enumerator(atPath: base) ?? .init() where file.hasSuffix(".swift") {
      let text = String(decoding: readBytes(path + "/" + file), as: UTF8.self)
      for line in text.split(separator: "\n") {
        var l = line.trimmingCharacters(in: .whitespaces)
        for prefix in ["@testable ", "@_exported ", "package ", "public ", "internal "] where l.hasPrefix(prefix) { l = String(l.dropFirst(prefix.count)) }
        guard l.hasPrefix("import ") else { continue }
        let m = String(l.dropFirst(7).split(separator: " ").first ?? "")
        if modules.contains(m) { out.insert(m) }
      }
    }
    return out
  }

  @Test func dependenciesAreTheImports() {
    let all = Self.targets()
    #expect(all.count >= 12, "Package.swift parsed: \(all.keys.sorted())")
    let modules = Set(all.keys.filter { $0.first?.isUppercase == true })
    for (name, t) in all.sorted(by: { $0.key < $1.key }) {
      let used = Self.imports(under: t.path, modules: modules)
      let declared = t.deps.intersection(modules)
      #expect(used.subtracting(declared).isEmpty, "\(name) imports \(used.subtracting(declared).sorted()) without declaring them")
      #expect(declared.subtracting(used).isEmpty, "\(name) declares \(declared.subtracting(used).sorted()) but never imports them")
    }
  }

  /// No `@_exported import`: a module's API is its own, never a re-export of another stage.
  @Test func noReExports() {
    for (name, t) in Self.targets() {
      let base = repoRoot.appendingPathComponent(t.path).path
      for case let file as String in FileManager.default.enumerator(atPath: base) ?? .init() where file.hasSuffix(".swift") {
        let lines = String(decoding: readBytes(t.path + "/" + file), as: UTF8.self).split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("@_exported ") }, "\(name)/\(file) re-exports a module")
      }
    }
  }

  /// The libraries build on any platform: `import Glibc` is guarded by `#if canImport(Glibc)`.
  @Test func glibcIsGuarded() {
    for (name, t) in Self.targets() {
      let base = repoRoot.appendingPathComponent(t.path).path
      for case let file as String in FileManager.default.enumerator(atPath: base) ?? .init() where file.hasSuffix(".swift") {
        let lines = String(decoding: readBytes(t.path + "/" + file), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() where line.hasPrefix("import Glibc") {
          #expect(i > 0 && lines[i - 1].hasPrefix("#if canImport(Glibc)"), "\(name)/\(file):\(i + 1) imports Glibc without #if canImport(Glibc)")
        }
      }
    }
  }
}
