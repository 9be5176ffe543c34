// swift-tools-version: 6.0
import PackageDescription

// Every target's dependencies are exactly the modules its sources import (PackageImportTests
// compares the two). A target imports only targets listed above it.
let package = Package(
  name: "weifa",
  products: [
    .executable(name: "weifa", targets: ["weifa"]),
  ],
  targets: [
    // Pipeline, innermost first.
    .target(name: "WeifaBase"),                                                                    // source text, spans, diagnostics, numerals, JSON
    .target(name: "WeifaSyntax", dependencies: ["WeifaBase"]),                                     // keywords, scanner, parser, lossless tree, fmt
    .target(name: "WeifaSemantics", dependencies: ["WeifaBase", "WeifaSyntax"]),                   // model, lowering, resolution, checks
    .target(name: "WeifaEvaluator", dependencies: ["WeifaBase", "WeifaSemantics"]),                // facts → what applies; votes; routing; 案例; batch
    .target(name: "WeifaRender", dependencies: ["WeifaBase", "WeifaSemantics", "WeifaEvaluator"]), // text, md, html, json, notice, page, answers
    .target(name: "WeifaDriver", dependencies: ["WeifaBase", "WeifaSyntax", "WeifaSemantics", "WeifaEvaluator", "WeifaRender"]),  // the façade
    // Front end: the only target that touches files, the environment or stdout/stderr.
    .target(name: "WeifaCLI", dependencies: ["WeifaBase", "WeifaDriver"]),
    .executableTarget(name: "weifa", dependencies: ["WeifaCLI"]),
    // The benchmark (issue 6), its generated corpus and population, and the trivial executable
    // it measures start-up against.
    .target(name: "WeifaBenchSupport", dependencies: ["WeifaBase"]),
    .executableTarget(name: "weifa-bench", dependencies: ["WeifaBenchSupport", "WeifaDriver", "WeifaEvaluator", "WeifaSemantics", "WeifaSyntax", "WeifaBase"]),
    .executableTarget(name: "weifa-trivial"),
    // Tests: one target per stage, plus what they share.
    .target(name: "WeifaTestSupport", dependencies: ["WeifaBase", "WeifaSyntax", "WeifaDriver"], path: "Tests/WeifaTestSupport"),
    .testTarget(name: "WeifaBaseTests", dependencies: ["WeifaTestSupport", "WeifaBase"]),
    .testTarget(name: "WeifaSyntaxTests", dependencies: ["WeifaTestSupport", "WeifaBase", "WeifaSyntax", "WeifaSemantics", "WeifaDriver"]),
    .testTarget(name: "WeifaSemanticsTests", dependencies: ["WeifaTestSupport", "WeifaBase", "WeifaSyntax", "WeifaSemantics", "WeifaDriver"]),
    .testTarget(name: "WeifaEvaluatorTests", dependencies: ["WeifaTestSupport", "WeifaBenchSupport", "WeifaBase", "WeifaSemantics", "WeifaEvaluator", "WeifaDriver", "WeifaRender"]),
    .testTarget(name: "WeifaRenderTests", dependencies: ["WeifaTestSupport", "WeifaBase", "WeifaSyntax", "WeifaSemantics", "WeifaEvaluator", "WeifaRender", "WeifaDriver"]),
    .testTarget(name: "WeifaDriverTests", dependencies: ["WeifaTestSupport", "WeifaBase", "WeifaDriver"]),
    .testTarget(name: "WeifaImportTests", dependencies: ["WeifaTestSupport", "WeifaBase", "WeifaSyntax", "WeifaDriver"]),
    .testTarget(name: "WeifaCLITests", dependencies: ["WeifaTestSupport", "WeifaBenchSupport", "WeifaCLI", "WeifaDriver", "WeifaBase"]),
  ]
)
