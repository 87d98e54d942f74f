import Testing
@testable import BrowserCore

/// The roles' colours as pure tables, one snapshot per palette (issue 11: colours that
/// work on light terminals too).
@Suite struct PaletteTests {
    @Test(arguments: ColorScheme.allCases)
    func eachPaletteMatchesItsSnapshot(_ scheme: ColorScheme) throws {
        try expectSnapshot(text: scheme.table, "palette-\(scheme.rawValue)")
    }

    @Test(arguments: [ColorScheme.dark, .light])
    func plainTextKeepsTheTerminalsOwnColours(_ scheme: ColorScheme) {
        #expect(scheme.look(for: .text) == Look())
    }

    /// Yellow, cyan and white letters on the terminal's background are what a white
    /// background swallows: the light table has none.
    @Test func theLightTableDrawsNoPaleLettersOnTheTerminalsBackground() {
        for role in Role.allCases {
            let look = ColorScheme.light.look(for: role)
            guard look.background == nil, let fg = look.foreground else { continue }
            #expect(![TerminalColor.yellow, .cyan, .white].contains(fg), "\(role) is \(fg) on a light background")
        }
        // The dark table does use them, so the two differ where it matters.
        #expect(ColorScheme.dark.look(for: .questionHeading).foreground == .yellow)
        #expect(ColorScheme.light.look(for: .questionHeading).foreground == .blue)
    }

    @Test func everyRoleIsToldApartWithoutColours() {
        // Those the reader must tell from plain text in monochrome have an attribute.
        for role in Role.allCases where role != .text {
            #expect(!ColorScheme.monochrome.look(for: role).attributes.isEmpty, "\(role)")
            #expect(ColorScheme.monochrome.look(for: role).foreground == nil)
        }
    }

    @Test func theChoiceGoesFromTheSettingToTheTable() {
        #expect(PaletteChoice.light.scheme(colorFGBG: "15;0") == .light)
        #expect(PaletteChoice.dark.scheme(colorFGBG: "0;15") == .dark)
        #expect(PaletteChoice.auto.scheme(colorFGBG: "0;15") == .light)
        #expect(PaletteChoice.auto.scheme(colorFGBG: "0;default;7") == .light)
        #expect(PaletteChoice.auto.scheme(colorFGBG: "15;0") == .dark)
        #expect(PaletteChoice.auto.scheme(colorFGBG: nil) == .dark)
        #expect(PaletteChoice.auto.scheme(colorFGBG: "rubbish") == .dark)
        #expect(PaletteChoice(environment: "Light") == .light)
        #expect(PaletteChoice(environment: "") == nil)
        #expect(PaletteChoice(environment: "sepia") == nil)
        #expect(PaletteChoice(environment: nil) == nil)
    }
}
