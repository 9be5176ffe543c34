/// The syntax codes (WF1001–WF1018), raised by the parser as it reads each line. Each is
/// declared with its explanation page in a file named for it (`WF1001-unknown-directive.swift`
/// …); the check is the parser production named there. WF1014 is found on the model
/// (`WeifaSemantics/Checks/WF1-Syntax/`), WF1019–WF1021 belong to every stage (`WeifaBase`,
/// `InputIssues`); WF1016 is retired (`retiredCodes`). Each page has a wrong and a right
/// example; `ExplainTests` checks that the wrong one raises the code and the right one does not.
package enum SyntaxCodes {}
