import Foundation
import TestSupport

/// This target's fixtures, copied into its bundle.
enum Fixture: FixtureBundle {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)
}
