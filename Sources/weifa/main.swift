import Foundation
import WeifaCLI

let status = CLI.run(Array(CommandLine.arguments.dropFirst()),
                     stdout: { FileHandle.standardOutput.write($0.data(using: .utf8)!) },
                     stderr: { FileHandle.standardError.write($0.data(using: .utf8)!) })
exit(status)
