import Foundation

/// Fixtures copied into a test target's bundle (tests never read outside the package).
/// Each target names its own folder once, `enum Fixture: FixtureBundle` with
/// `static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)`,
/// and reads through the functions here.
public protocol FixtureBundle {
    /// The bundle's `Fixtures` folder, nil when the bundle has none.
    static var folder: URL? { get }
}

public enum FixtureError: Error { case missing(String) }

extension FixtureBundle {
    /// The fixture at `name`, a path inside `Fixtures`.
    public static func url(_ name: String) throws -> URL {
        guard let folder else { throw FixtureError.missing(name) }
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw FixtureError.missing(name) }
        return url
    }

    public static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(name))) }

    public static func text(_ name: String) throws -> String { String(decoding: try bytes(name), as: UTF8.self) }
}
