import BrowserCore
import CNcursesw

/// The roles' looks (`ColorScheme`, a pure table) as curses colour pairs and attributes.
/// A colour the table leaves out is -1, the terminal's own (use_default_colors), so plain
/// text keeps the user's foreground and background.
struct Palette {
    struct Style {
        var attributes: attr_t
        var pair: Int16
    }

    private var styles: [Style]
    let scheme: ColorScheme

    /// `scheme` is `.monochrome` on a terminal without colours or with `NO_COLOR`; no
    /// colour pair is made then.
    init(scheme: ColorScheme) {
        self.scheme = scheme
        styles = Array(repeating: Style(attributes: kv_a_normal(), pair: 0), count: Role.allCases.count)
        var nextPair: Int16 = 1
        for role in Role.allCases {
            let look = scheme.look(for: role)
            var pair: Int16 = 0
            if look.foreground != nil || look.background != nil {
                _ = init_pair(nextPair, look.foreground?.rawValue ?? -1, look.background?.rawValue ?? -1)
                pair = nextPair
                nextPair += 1
            }
            styles[Int(role.rawValue)] = Style(attributes: Palette.attributes(look.attributes), pair: pair)
        }
    }

    private static func attributes(_ a: Look.Attributes) -> attr_t {
        var out = kv_a_normal()
        if a.contains(.bold) { out |= kv_a_bold() }
        if a.contains(.underline) { out |= kv_a_underline() }
        if a.contains(.reverse) { out |= kv_a_reverse() }
        if a.contains(.dim) { out |= kv_a_dim() }
        return out
    }

    subscript(role: Role) -> Style { styles[Int(role.rawValue)] }

    /// The role's look in the table, for what is written past curses (`HyperlinkPainter`).
    func look(_ role: Role) -> Look { scheme.look(for: role) }

    var hasColors: Bool { scheme != .monochrome }

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
}
