/// The eight colours every colour terminal has, by their ANSI numbers.
public enum TerminalColor: Int16, Hashable, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a role looks: foreground and background (nil keeps the terminal's own, so the text
/// stays in the colours the user chose for their terminal) and attributes.
public struct Look: Hashable, Sendable {
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1)
        public static let underline = Attributes(rawValue: 2)
        public static let reverse = Attributes(rawValue: 4)
        public static let dim = Attributes(rawValue: 8)
    }

    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var attributes: Attributes

    init(_ foreground: TerminalColor? = nil, on background: TerminalColor? = nil, _ attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Which colours the roles get: one table per terminal background, and one of attributes
/// alone for a terminal without colours or with `NO_COLOR`. Pure, so each table can be
/// read (and snapshot) without a terminal; the curses layer only turns looks into pairs.
///
/// Both colour tables leave plain text in the terminal's own colours, and put the bars,
/// the selection and search matches on a background colour of their own, which reads on
/// any terminal. They differ in the roles drawn as coloured letters on the terminal's
/// background: yellow and cyan letters, clear on black, all but vanish on white, so the
/// light table uses blue, magenta, green and red instead.
public enum ColorScheme: String, Hashable, Sendable, CaseIterable {
    case dark
    case light
    case monochrome

    public func look(for role: Role) -> Look {
        switch self {
        case .dark: ColorScheme.dark(role)
        case .light: ColorScheme.light(role)
        case .monochrome: ColorScheme.monochrome(role)
        }
    }

    private static func dark(_ role: Role) -> Look {
        switch role {
        case .text: Look()
        case .titleBar: Look(.white, on: .blue, .bold)
        case .statusBar: Look(.black, on: .cyan)
        case .questionHeading: Look(.yellow, .bold)
        case .answerHeading: Look(.green, .bold)
        case .answerLink: Look(.green, .underline)
        case .noteMarker: Look(.magenta, .bold)
        case .url: Look(.cyan, .underline)
        case .selectedLink: Look(.black, on: .yellow)
        case .searchMatch: Look(.black, on: .yellow)
        case .currentMatch: Look(.black, on: .green, .bold)
        case .metadata: Look(.cyan)
        case .notice: Look(.yellow)
        case .dim: Look(nil, .dim)
        case .paneBorder: Look(.blue)
        case .paneTitle: Look(.white, on: .blue, .bold)
        case .prompt: Look(nil, .bold)
        case .message: Look(.yellow, .bold)
        case .error: Look(.white, on: .red, .bold)
        case .replacement: Look(.red, .bold)
        }
    }

    private static func light(_ role: Role) -> Look {
        switch role {
        case .questionHeading: Look(.blue, .bold)
        case .url: Look(.blue, .underline)
        case .metadata: Look(.blue)
        case .notice: Look(.magenta)
        case .message: Look(.magenta, .bold)
        case .statusBar: Look(.black, on: .cyan)
        case .selectedLink, .searchMatch: Look(.black, on: .yellow)
        default: dark(role)
        }
    }

    /// Attributes alone, chosen so that every role the reader must tell apart still looks
    /// different.
    private static func monochrome(_ role: Role) -> Look {
        switch role {
        case .text: Look()
        case .titleBar: Look(nil, [.reverse, .bold])
        case .statusBar: Look(nil, .reverse)
        case .questionHeading: Look(nil, [.bold, .underline])
        case .answerHeading: Look(nil, .bold)
        case .answerLink: Look(nil, .underline)
        case .noteMarker: Look(nil, [.underline, .bold])
        case .url: Look(nil, .underline)
        case .selectedLink: Look(nil, [.reverse, .underline])
        case .searchMatch: Look(nil, .reverse)
        case .currentMatch: Look(nil, [.reverse, .bold, .underline])
        case .metadata: Look(nil, .dim)
        case .notice: Look(nil, .bold)
        case .dim: Look(nil, .dim)
        case .paneBorder: Look(nil, .dim)
        case .paneTitle: Look(nil, .reverse)
        case .prompt: Look(nil, .bold)
        case .message: Look(nil, .bold)
        case .error: Look(nil, [.reverse, .bold])
        case .replacement: Look(nil, .reverse)
        }
    }

    /// The table as text, one role a line (`questionHeading  blue on default  bold`): what
    /// the palette snapshots and docs/terminal.md show.
    public var table: String {
        Role.allCases.map { role in
            let look = look(for: role)
            let fg = look.foreground.map { "\($0)" } ?? "default"
            let bg = look.background.map { "\($0)" } ?? "default"
            var attributes: [String] = []
            if look.attributes.contains(.bold) { attributes.append("bold") }
            if look.attributes.contains(.underline) { attributes.append("underline") }
            if look.attributes.contains(.reverse) { attributes.append("reverse") }
            if look.attributes.contains(.dim) { attributes.append("dim") }
            let name = "\(role)".padding(to: 16)
            let colors = "\(fg) on \(bg)".padding(to: 20)
            return (name + colors + attributes.joined(separator: " ")).trimmingTrailingSpaces
        }.joined(separator: "\n") + "\n"
    }
}

/// The palette the user asked for: `--palette`, else `KAMERVRAGEN_PALETTE`, else `auto`.
public enum PaletteChoice: String, Hashable, Sendable, CaseIterable {
    case auto
    case light
    case dark

    /// The choice from the environment variable; nil when unset, empty or not a name.
    public init?(environment value: String?) {
        guard let value, let choice = PaletteChoice(rawValue: value.lowercased()) else { return nil }
        self = choice
    }

    /// The colour table for a terminal with colours. `auto` reads `COLORFGBG` (set by
    /// rxvt, Konsole and others as "foreground;background", e.g. `0;15` for black on
    /// white): a background of 7 (light grey) or 15 (white) is a light terminal. Without it
    /// the background cannot be known without asking the terminal, which would hold up the
    /// first screen; the dark table is then used, as most terminals start dark.
    public func scheme(colorFGBG: String?) -> ColorScheme {
        switch self {
        case .light: return .light
        case .dark: return .dark
        case .auto:
            guard let value = colorFGBG, let last = value.split(separator: ";").last, let background = Int(last) else {
                return .dark
            }
            return background == 7 || background == 15 ? .light : .dark
        }
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    fileprivate var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
