// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "weifa",
  products: [
    .executable(name: "weifa", targets: ["weifa"]),
  ],
  targets: [
    // Pipeline, innermost first. A target imports only targets listed above it.
    .target(name: "WeifaBase"),                                                  // source text, spans, diagnostics, numerals
    .target(name: "WeifaSyntax", dependencies: ["WeifaBase"]),                   // keywords, scanner, parser, lossless tree
    .target(name: "WeifaSemantics", dependencies: ["WeifaBase", "WeifaSyntax"]), // model, lowering, resolution, checks
    .target(name: "WeifaEvaluator", dependencies: ["WeifaBase", "WeifaSemantics"]),            // facts → what applies; votes; routing; 案例
    .target(name: "WeifaRender", dependencies: ["WeifaBase", "WeifaSemantics", "WeifaEvaluator"]), // text, md, html, json, notice
    .target(name: "WeifaDriver", dependencies: ["WeifaBase", "WeifaSyntax", "WeifaSemantics", "WeifaEvaluator", "WeifaRender"]),  // analysis, reports, explain
    // Front end: the only target that touches files, the environment or stdout/stderr.
    .target(name: "WeifaCLI", dependencies: ["WeifaDriver", "WeifaEvaluator", "WeifaRender"]),
    .executableTarget(name: "weifa", dependencies: ["WeifaCLI"]),
    // The benchmark (issue 6) and the trivial executable it measures start-up against.
    .executableTarget(name: "weifa-bench", dependencies: ["WeifaCLI", "WeifaDriver", "WeifaEvaluator", "WeifaSemantics", "WeifaSyntax", "WeifaBase"]),
    .executableTarget(name: "weifa-trivial"),
    .testTarget(name: "WeifaSyntaxTests", dependencies: ["WeifaBase", "WeifaSyntax", "WeifaSemantics", "WeifaDriver"]),
    .testTarget(name: "WeifaCLITests", dependencies: ["WeifaCLI", "WeifaDriver"]),
    .testTarget(name: "WeifaEvaluatorTests", dependencies: ["WeifaBase", "WeifaSemantics", "WeifaEvaluator", "WeifaDriver"]),
    .testTarget(name: "WeifaRenderTests", dependencies: ["WeifaBase", "WeifaSyntax", "WeifaSemantics", "WeifaEvaluator", "WeifaRender", "WeifaDriver"]),
  ]
)
