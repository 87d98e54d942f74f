import BrowserCore

/// Choices the user makes on the command line that change how the terminal is driven.
public struct TerminalOptions: Sendable {
    /// Report the mouse wheel to the browser. Off by default because a program that asks
    /// for mouse events takes text selection away from the terminal emulator.
    public var mouse: Bool
    /// `--palette`; nil leaves it to `KAMERVRAGEN_PALETTE`, else `auto`.
    public var palette: PaletteChoice?

    public init(mouse: Bool = false, palette: PaletteChoice? = nil) {
        self.mouse = mouse
        self.palette = palette
    }
}
