import BrowserCore
import CNcursesw

/// Turns what `get_wch` returns into a `Key`: a function-key code (status KEY_CODE_YES)
/// or a character, where the C0 characters a terminal sends for Enter, Tab, Backspace,
/// Esc and Ctrl-letters are folded into the keys a user means.
enum KeyDecoder {
    static func decode(status: Int32, value: UInt32, mouse: Bool = false) -> InputEvent {
        if status == kv_key_code_yes() { return decodeFunctionKey(Int32(bitPattern: value), mouse: mouse) }
        guard status == OK else { return .ignored }
        switch value {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 27: return .key(.escape)
        case 1...26:
            return .key(.control(Character(Unicode.Scalar(UInt8(value) + 0x60))))
        case 0..<32, 0x80..<0xA0: return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    private static func decodeFunctionKey(_ code: Int32, mouse: Bool) -> InputEvent {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_HOME, KEY_A1, KEY_FIND: return .key(.home)
        case KEY_END, KEY_C1, KEY_SELECT, KEY_LL: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case kv_key_resize(): return .resize
        case kv_key_mouse(): return mouse ? decodeMouse() : .ignored
        default:
            for n in 1...24 where code == kv_key_f(Int32(n)) { return .key(.function(n)) }
            return .ignored
        }
    }

    /// Only the wheel is used (a line per notch); clicks stay with the terminal as far as it lets them.
    private static func decodeMouse() -> InputEvent {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .ignored }
        if event.bstate & kv_button4_pressed() != 0 { return .key(.up) }
        if event.bstate & kv_button5_pressed() != 0 { return .key(.down) }
        return .ignored
    }
}
