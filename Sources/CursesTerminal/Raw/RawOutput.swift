import CNcursesw
import Glibc

/// Bytes for the terminal that curses has no call for (OSC 8 hyperlinks, OSC 52 for the
/// clipboard), collected and then written straight to standard output once curses has
/// sent its own: the one place besides curses that writes to the screen.
///
/// Curses keeps a picture of the terminal and sends only what differs from it, so what
/// is written here must leave that picture true: the same characters in the same cells,
/// the attributes back to normal (how curses leaves them after each refresh) and the
/// cursor back where curses put it. Terminal capabilities come from terminfo, as curses
/// takes them; the text written comes from the grid, which holds nothing unsafe.
struct RawOutput {
    private(set) var bytes: [UInt8] = []

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(bytes more: [UInt8]) { bytes.append(contentsOf: more) }

    /// A terminfo string capability (`sgr0`, `bold`, …), if the terminal has it.
    mutating func append(capability name: String) {
        guard let value = kv_tigetstr(name) else { return }
        appendCapability(value)
    }

    /// `cup`: the cursor to a cell, counted from 0.
    mutating func moveTo(row: Int, column: Int) {
        guard let cup = kv_tigetstr("cup"), let s = kv_tiparm2(cup, Int32(row), Int32(column)) else { return }
        appendCapability(s)
    }

    /// `setaf`/`setab` with a colour number.
    mutating func append(capability name: String, _ parameter: Int) {
        guard let cap = kv_tigetstr(name), let s = kv_tiparm1(cap, Int32(parameter)) else { return }
        appendCapability(s)
    }

    /// A capability's bytes without its padding (`$<5>`), which only a hardware terminal
    /// at a low baud rate needs and which a terminal emulator would print.
    private mutating func appendCapability(_ value: UnsafePointer<CChar>) {
        let count = strlen(value)
        value.withMemoryRebound(to: UInt8.self, capacity: count) { p in
            var i = 0
            while i < count {
                if p[i] == 0x24, i + 1 < count, p[i + 1] == 0x3C { // "$<…>"
                    var j = i + 2
                    while j < count, p[j] != 0x3E { j += 1 }
                    i = j + 1
                    continue
                }
                bytes.append(p[i])
                i += 1
            }
        }
    }

    /// Writes everything to standard output, after whatever stdio still holds; a write
    /// interrupted by a signal is resumed, one that fails is given up (as curses does).
    func flush() {
        guard !bytes.isEmpty else { return }
        fflush(kv_stdout())
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }
}
