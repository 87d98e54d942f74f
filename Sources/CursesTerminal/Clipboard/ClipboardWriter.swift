import BrowserCore
import Glibc
import KamervragenKit

/// Puts text on the clipboard the way `TerminalFeatures` found: OSC 52 to the terminal
/// (inside tmux only when tmux takes it: `set-clipboard on`), else the first clipboard
/// program found on PATH, started without a shell with the text on its standard input.
/// Never waits more than a moment: a program still running then (one that stays to serve
/// the selection) is counted as done and reaped later.
final class ClipboardWriter {
    enum Outcome: Equatable {
        case byTerminal
        case byProgram(name: String, stillRunning: Int32?)
        case failed(program: String, reason: String)
        case noWay
        /// Too long for OSC 52 (`osc52Limit`) and no clipboard program to take it instead.
        case tooLongForTerminal(bytes: Int)
        case off

        func message(what: String, in language: Language) -> String {
            switch self {
            case .byTerminal: Catalogue.Clipboard.copiedByTerminal.text(what, in: language)
            case .byProgram(let name, _): Catalogue.Clipboard.copiedByProgram.text(what, name, in: language)
            case .failed(let program, let reason): Catalogue.Clipboard.programFailed.text(program, reason, in: language)
            case .noWay: Catalogue.Clipboard.noWay.text(in: language)
            case .tooLongForTerminal(let bytes):
                Catalogue.Clipboard.tooLongForTerminal.text(what, String(bytes), String(ClipboardWriter.osc52Limit), in: language)
            case .off: Catalogue.Clipboard.turnedOff.text(in: language)
            }
        }
    }

    let route: ClipboardRoute
    let programs: [[String]]
    let searchPath: String
    /// tmux's answer, asked at the first copy and kept: a copy should not cost a process
    /// each time (the storms press `c` hundreds of times).
    private var tmuxAnswer: Bool?

    init(route: ClipboardRoute, programs: [[String]], searchPath: String) {
        self.route = route
        self.programs = programs
        self.searchPath = searchPath
    }

    static func fromEnvironment(_ features: TerminalFeatures) -> ClipboardWriter {
        let environment = { (name: String) in getenv(name).map { String(cString: $0) } }
        return ClipboardWriter(route: features.clipboard,
                               programs: TerminalFeatures.clipboardPrograms(environment: environment),
                               searchPath: environment("PATH") ?? "/usr/bin:/bin")
    }

    /// How long a program (and tmux, when asked about OSC 52) gets.
    static let moment = 1.0

    /// The longest OSC 52 sequence sent, in bytes (base64 and the sequence's own nine).
    /// Terminals drop or cut a longer one without a word, each at a length of its own
    /// (docs/terminal.md, "Copying", lists them), so a copy that cannot arrive whole goes
    /// to a clipboard program, or is refused with a message, rather than half-sent.
    static let osc52Limit = 100_000

    /// The length of the OSC 52 sequence that would carry `byteCount` bytes of text.
    static func osc52Length(forTextBytes byteCount: Int) -> Int {
        (byteCount + 2) / 3 * 4 + 9
    }

    func copy(_ text: String) -> Outcome {
        switch route {
        case .off: return .off
        case .osc52: return sendOSC52OrProgram(text)
        case .askTmux: return tmuxTakesOSC52() ? sendOSC52OrProgram(text) : runProgram(text)
        case .program: return runProgram(text)
        }
    }

    /// OSC 52 when the sequence fits `osc52Limit`; else a clipboard program, and when
    /// there is none, the length in the message.
    private func sendOSC52OrProgram(_ text: String) -> Outcome {
        let length = ClipboardWriter.osc52Length(forTextBytes: text.utf8.count)
        guard length > ClipboardWriter.osc52Limit else { return sendOSC52(text) }
        let outcome = runProgram(text)
        return outcome == .noWay ? .tooLongForTerminal(bytes: length) : outcome
    }

    /// `ESC ] 52 ; c ; base64 ST`: the text never reaches the terminal but as base64.
    private func sendOSC52(_ text: String) -> Outcome {
        var out = RawOutput()
        out.append("\u{1B}]52;c;")
        out.append(bytes: Base64.encode(Array(text.utf8)))
        out.append("\u{1B}\\")
        out.flush()
        return .byTerminal
    }

    /// `tmux show-options -v set-clipboard` says `on` (asked once per run): tmux then takes
    /// OSC 52 from a program and puts the text in its buffer and on the outer terminal's
    /// clipboard.
    private func tmuxTakesOSC52() -> Bool {
        if let tmuxAnswer { return tmuxAnswer }
        let answer = askTmux()
        tmuxAnswer = answer
        return answer
    }

    private func askTmux() -> Bool {
        let locate = URLOpener(browserVariable: nil, searchPath: searchPath)
        guard let tmux = locate.resolve("tmux") else { return false }
        let run = QuickChild.run([tmux, "show-options", "-v", "set-clipboard"], input: [], captureOutput: true,
                                 within: ClipboardWriter.moment, killLate: true)
        guard case .exited(0, let output) = run else { return false }
        return String(decoding: output, as: UTF8.self).split(whereSeparator: \.isWhitespace).first == "on"
    }

    private func runProgram(_ text: String) -> Outcome {
        let locate = URLOpener(browserVariable: nil, searchPath: searchPath)
        for candidate in programs {
            guard let path = locate.resolve(candidate[0]) else { continue }
            let name = candidate[0]
            switch QuickChild.run([path] + candidate.dropFirst(), input: Array(text.utf8), captureOutput: false,
                                  within: ClipboardWriter.moment, killLate: false) {
            case .exited(0, _): return .byProgram(name: name, stillRunning: nil)
            case .exited(let status, _):
                return .failed(program: name, reason: Catalogue.Clipboard.exitStatus.text(String(status)))
            case .running(let pid): return .byProgram(name: name, stillRunning: pid)
            case .notStarted(let code): return .failed(program: name, reason: String(cString: strerror(code)))
            }
        }
        return .noWay
    }
}

/// The standard base64 alphabet with padding, as OSC 52 takes it.
enum Base64 {
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [alphabet[Int(v >> 18 & 63)], alphabet[Int(v >> 12 & 63)], alphabet[Int(v >> 6 & 63)], alphabet[Int(v & 63)]]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let v = UInt32(bytes[i]) << 16
            out += [alphabet[Int(v >> 18 & 63)], alphabet[Int(v >> 12 & 63)], 0x3D, 0x3D]
        } else if rest == 2 {
            let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
            out += [alphabet[Int(v >> 18 & 63)], alphabet[Int(v >> 12 & 63)], alphabet[Int(v >> 6 & 63)], 0x3D]
        }
        return out
    }
}
