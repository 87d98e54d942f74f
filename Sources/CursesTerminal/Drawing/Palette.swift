import BrowserCore
import CNcursesw

/// How each role looks on this terminal: a colour pair plus attributes, or, without
/// colours (a monochrome terminal or `NO_COLOR`), attributes alone chosen so that every
/// role the reader must tell apart still looks different.
struct Palette {
    struct Style {
        var attributes: attr_t
        var pair: Int16
    }

    private var styles: [Style]

    init(colors: Bool) {
        styles = Array(repeating: Style(attributes: kv_a_normal(), pair: 0), count: Role.allCases.count)
        var nextPair: Int16 = 1
        for role in Role.allCases {
            let look = Palette.look(for: role)
            if colors, let (fg, bg) = look.colors {
                _ = init_pair(nextPair, fg, bg)
                styles[Int(role.rawValue)] = Style(attributes: look.colorAttributes, pair: nextPair)
                nextPair += 1
            } else if colors {
                styles[Int(role.rawValue)] = Style(attributes: look.colorAttributes, pair: 0)
            } else {
                styles[Int(role.rawValue)] = Style(attributes: look.monoAttributes, pair: 0)
            }
        }
    }

    subscript(role: Role) -> Style { styles[Int(role.rawValue)] }

    /// A space in each role's style, indexed by `Role.rawValue`: the painter copies one and
    /// puts an ASCII letter in, instead of asking setcchar to build every cell.
    var blankCells: [cchar_t] {
        var space: [wchar_t] = [0x20, 0]
        return styles.map { style in
            var cell = cchar_t()
            _ = setcchar(&cell, &space, style.attributes, style.pair, nil)
            return cell
        }
    }

    private struct Look {
        /// Foreground and background; -1 is the terminal's default (use_default_colors).
        var colors: (Int16, Int16)?
        var colorAttributes: attr_t
        var monoAttributes: attr_t
    }

    private static func look(for role: Role) -> Look {
        let bold = kv_a_bold(), reverse = kv_a_reverse(), underline = kv_a_underline()
        let dim = kv_a_dim(), normal = kv_a_normal()
        let black = Int16(COLOR_BLACK), red = Int16(COLOR_RED), green = Int16(COLOR_GREEN)
        let yellow = Int16(COLOR_YELLOW), blue = Int16(COLOR_BLUE), magenta = Int16(COLOR_MAGENTA)
        let cyan = Int16(COLOR_CYAN), white = Int16(COLOR_WHITE), none: Int16 = -1
        switch role {
        case .text: return Look(colors: nil, colorAttributes: normal, monoAttributes: normal)
        case .titleBar: return Look(colors: (white, blue), colorAttributes: bold, monoAttributes: reverse | bold)
        case .statusBar: return Look(colors: (black, cyan), colorAttributes: normal, monoAttributes: reverse)
        case .questionHeading: return Look(colors: (yellow, none), colorAttributes: bold, monoAttributes: bold | underline)
        case .answerHeading: return Look(colors: (green, none), colorAttributes: bold, monoAttributes: bold)
        case .answerLink: return Look(colors: (green, none), colorAttributes: underline, monoAttributes: underline)
        case .noteMarker: return Look(colors: (magenta, none), colorAttributes: bold, monoAttributes: underline | bold)
        case .url: return Look(colors: (cyan, none), colorAttributes: underline, monoAttributes: underline)
        case .selectedLink: return Look(colors: (black, yellow), colorAttributes: normal, monoAttributes: reverse | underline)
        case .searchMatch: return Look(colors: (black, yellow), colorAttributes: normal, monoAttributes: reverse)
        case .currentMatch: return Look(colors: (black, green), colorAttributes: bold, monoAttributes: reverse | bold | underline)
        case .metadata: return Look(colors: (cyan, none), colorAttributes: normal, monoAttributes: dim)
        case .notice: return Look(colors: (yellow, none), colorAttributes: normal, monoAttributes: bold)
        case .dim: return Look(colors: nil, colorAttributes: dim, monoAttributes: dim)
        case .paneBorder: return Look(colors: (blue, none), colorAttributes: normal, monoAttributes: dim)
        case .paneTitle: return Look(colors: (white, blue), colorAttributes: bold, monoAttributes: reverse)
        case .prompt: return Look(colors: nil, colorAttributes: bold, monoAttributes: bold)
        case .message: return Look(colors: (yellow, none), colorAttributes: bold, monoAttributes: bold)
        case .error: return Look(colors: (white, red), colorAttributes: bold, monoAttributes: reverse | bold)
        case .replacement: return Look(colors: (red, none), colorAttributes: bold, monoAttributes: reverse)
        }
    }
}
