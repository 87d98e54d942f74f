import Foundation

/// Reads test fixtures copied into the test bundle; tests never read ../shared.
enum Fixture {
    static func url(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
            throw FixtureError.missing(name)
        }
        return url
    }

    static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(name))) }
    static func text(_ name: String) throws -> String { String(decoding: try bytes(name), as: UTF8.self) }

    enum FixtureError: Error { case missing(String) }
}
