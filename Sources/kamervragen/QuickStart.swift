import ArgumentParser
import BrowserCore
import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

/// The entry point. The everyday command line, `kamervragen [FILE] [--mouse] [--max-size SIZE]`, skips
/// swift-argument-parser: building its command tree walks every command's properties by
/// reflection, which took about a sixth of the time to the first screen. Anything else
/// (help, version, subcommands, unknown options, a second file) goes through the parser,
/// whose refusals are reported in the one-line form of every other error.
@main
enum QuickStart {
    static func main() {
        guard let plain = PlainBrowse(Array(CommandLine.arguments.dropFirst())) else {
            Kamervragen.runWithOneLineErrors()
            return
        }
        do {
            try browse(file: plain.file, mouse: plain.mouse, limits: InputLimits(maxSize: plain.maxSize ?? InputLimits.defaultMaxSize),
                       start: plain.start, palette: plain.palette)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            // browse() throws only ExitCode; anything else would be a bug, so let the
            // parser's own error handling report it the way it always has.
            Kamervragen.exit(withError: error)
        }
    }
}

/// A command line the parser would hand to `browse` unchanged: at most one file, at most
/// one `--mouse`, at most one `--max-size SIZE` (or `--max-size=SIZE`) with a valid
/// size and at most one `--palette light|dark|auto`, in any order. Nil for anything the parser must see, mistakes included, so its
/// messages and exit codes stay its own.
struct PlainBrowse {
    var file: String?
    var mouse = false
    var maxSize: Int?
    var palette: PaletteChoice?
    var start: StartCommand?

    /// Names the parser reads as a subcommand rather than as a file. A `switch`, not a
    /// `Set`: the first `Set<String>` costs a runtime type lookup, a visible share of a
    /// run this short.
    static func isCommandName(_ argument: String) -> Bool {
        switch argument {
        case "browse", "outline", "show", "export", "search", "list", "help": true
        default: false
        }
    }

    init?(_ arguments: [String]) {
        var positional: [String] = []
        var k = 0
        while k < arguments.count {
            let argument = arguments[k]
            k += 1
            if argument == "--mouse" {
                guard !mouse else { return nil }
                mouse = true
            } else if argument == "--max-size" || argument.hasPrefix("--max-size=") {
                let value: String
                if argument == "--max-size" {
                    guard k < arguments.count else { return nil }
                    value = arguments[k]
                    k += 1
                } else {
                    value = String(argument.dropFirst("--max-size=".count))
                }
                guard maxSize == nil, let size = InputLimits.size(value) else { return nil }
                maxSize = size
            } else if argument == "--palette" || argument.hasPrefix("--palette=") {
                let value: String
                if argument == "--palette" {
                    guard k < arguments.count else { return nil }
                    value = arguments[k]
                    k += 1
                } else {
                    value = String(argument.dropFirst("--palette=".count))
                }
                guard palette == nil, let choice = PaletteChoice(rawValue: value) else { return nil }
                palette = choice
            } else {
                // "-" is standard input; any other leading dash is an option for the parser.
                guard !argument.isEmpty, argument == "-" || !argument.hasPrefix("-"),
                      !Self.isCommandName(argument) else { return nil }
                positional.append(argument)
            }
        }
        let (files, start) = splitStart(positional)
        guard files.count <= 1 else { return nil }
        file = files.first
        self.start = start
    }
}

/// The start command among the browse arguments, as `less` and `man` take one: `+N` or
/// `+/pattern` anywhere, or a question number after the one file (`kamervragen FILE 7`,
/// as `show FILE 7`) when no file of that name exists. The rest are files.
func splitStart(_ arguments: [String]) -> (files: [String], start: StartCommand?) {
    var files = arguments
    if let i = files.firstIndex(where: { StartCommand(argument: $0) != nil }) {
        let start = StartCommand(argument: files.remove(at: i))
        return (files, start)
    }
    if files.count == 2, let start = StartCommand(questionNumber: files[1]), access(files[1], F_OK) != 0 {
        return ([files[0]], start)
    }
    return (files, nil)
}
