/// What the terminal is sent beyond what curses knows of: hyperlinks (OSC 8) and the
/// clipboard (OSC 52). A terminal cannot be asked whether it supports either without
/// waiting for an answer that may never come, so this goes by the environment, as `ls`,
/// `gcc` and `systemd` do: a setting first, then the names terminals give themselves.
/// Pure (the environment comes in as a function), so each rule is tested without one.
public struct TerminalFeatures: Hashable, Sendable {
    /// Send URLs as OSC 8 hyperlinks.
    public var hyperlinks: Bool
    /// How a copy reaches the clipboard, as far as the environment tells.
    public var clipboard: ClipboardRoute

    public init(hyperlinks: Bool, clipboard: ClipboardRoute) {
        self.hyperlinks = hyperlinks
        self.clipboard = clipboard
    }

    /// `KAMERVRAGEN_HYPERLINKS` (`yes`/`no`, `1`/`0`, `on`/`off`, `always`/`never`;
    /// anything else is `auto`) and `KAMERVRAGEN_CLIPBOARD` (`osc52`, `program`, `off`,
    /// else `auto`) decide first; `auto` goes by the terminal's names below.
    public init(environment: (String) -> String?) {
        let known = TerminalFeatures.knownTerminal(environment)
        switch TerminalFeatures.switchSetting(environment("KAMERVRAGEN_HYPERLINKS")) {
        case true?: hyperlinks = true
        case false?: hyperlinks = false
        case nil: hyperlinks = known.hyperlinks
        }
        switch environment("KAMERVRAGEN_CLIPBOARD")?.lowercased() {
        case "osc52": clipboard = .osc52
        case "program": clipboard = .program
        case "off", "no", "never", "0": clipboard = .off
        default:
            if known.osc52 {
                clipboard = .osc52
            } else if TerminalFeatures.nonEmpty(environment("TMUX")) {
                // tmux takes OSC 52 from a program only with `set-clipboard on` (its default,
                // `external`, drops it): the terminal layer asks tmux when a copy is made.
                clipboard = .askTmux
            } else {
                clipboard = .program
            }
        }
    }

    /// The clipboard programs to try, in order, each as the arguments that read the text
    /// from standard input: Wayland's and X's only with a display to talk to (`xclip`
    /// without one fails after a while rather than at once), macOS's always.
    public static func clipboardPrograms(environment: (String) -> String?) -> [[String]] {
        var out: [[String]] = []
        if nonEmpty(environment("WAYLAND_DISPLAY")) { out.append(["wl-copy"]) }
        if nonEmpty(environment("DISPLAY")) {
            out.append(["xclip", "-selection", "clipboard"])
            out.append(["xsel", "--clipboard", "--input"])
        }
        out.append(["pbcopy"])
        return out
    }

    static func switchSetting(_ value: String?) -> Bool? {
        switch value?.lowercased() {
        case "1", "yes", "on", "always", "true": true
        case "0", "no", "off", "never", "false": false
        default: nil
        }
    }

    private static func nonEmpty(_ value: String?) -> Bool { !(value ?? "").isEmpty }

    /// Terminals known, by the names they put in the environment, to show OSC 8
    /// hyperlinks and to take OSC 52 from a program. A terminal that does not know OSC 8
    /// ignores it (the sequence is a standard string command); the exceptions are the
    /// Linux console and GNU screen, which are never sent one.
    static func knownTerminal(_ environment: (String) -> String?) -> (hyperlinks: Bool, osc52: Bool) {
        let term = (environment("TERM") ?? "").lowercased()
        let program = environment("TERM_PROGRAM") ?? ""
        let inTmux = nonEmpty(environment("TMUX"))
        if term == "linux" || term == "dumb" || term.isEmpty || (term.hasPrefix("screen") && !inTmux) {
            return (false, false)
        }
        let kitty = term == "xterm-kitty" || nonEmpty(environment("KITTY_WINDOW_ID"))
        let osc52Terminal = kitty || term.hasPrefix("foot") || term == "alacritty" || term == "xterm-ghostty"
            || term == "wezterm" || ["iTerm.app", "WezTerm", "ghostty"].contains(program)
            || nonEmpty(environment("WT_SESSION"))
        let vte = Int(environment("VTE_VERSION") ?? "").map { $0 >= 5000 } ?? false
        // tmux 3.4 and later pass hyperlinks on to a terminal with its `hyperlinks`
        // feature; older ones drop the sequence, which costs nothing.
        let hyperlinks = osc52Terminal || vte || inTmux || program == "vscode" || program == "tmux"
            || nonEmpty(environment("KONSOLE_VERSION")) || term == "contour"
        // Inside tmux the outer terminal's names may still be in the environment, but what
        // reaches it is tmux's decision: asked for then (`askTmux`).
        return (hyperlinks, osc52Terminal && !inTmux)
    }
}

/// Where a copy goes.
public enum ClipboardRoute: Hashable, Sendable {
    /// OSC 52 to the terminal, which puts the text on the clipboard.
    case osc52
    /// Inside tmux: OSC 52 when `tmux show-options -gv set-clipboard` says `on`, else a
    /// clipboard program.
    case askTmux
    /// A clipboard program on PATH (wl-copy, xclip, xsel, pbcopy).
    case program
    /// Copying is turned off.
    case off
}
