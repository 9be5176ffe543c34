import WeifaSyntax
import WeifaBase

/// Checks that need the whole tree of one document but no meaning: numbering (WF2001),
/// labels (WF2003), whether it is a charter at all (WF2006) and numbering it does not declare (WF2007), each in its file under `Checks/WF2-Structure/`. (The semantic checker —
/// references, types, decision rules, legality — builds on these; WF2004 and WF2005, found on
/// references, are in `WeifaSemantics/Checks/WF2-Structure/`; WF2002 is retired.)
package enum StructureChecks {
  /// Runs the structure checks on one parsed document.
  package static func check(_ tree: SyntaxTree) -> [Diagnostic] {
    var out = [Diagnostic]()
    charter(tree, &out)
    numbering(tree, &out)
    labels(tree, &out)
    if isCharter(tree) { undeclaredNumbering(tree, &out) }
    return out
  }
}
