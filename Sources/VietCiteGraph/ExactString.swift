#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A string compared and hashed by its UTF-8 bytes, as a dictionary key.
///
/// Swift's `String` hashes and compares by canonical equivalence, which checks every non-ASCII scalar for its NFC
/// form: most of the graph's keys (node ids, issuers, types) are Vietnamese, and merging the builders of a large
/// batch spent most of its time there. The texts here come out of the normalizer, so equal texts have equal bytes.
/// Ordering is still `String`'s, where an order is asked for.
struct ExactString: Hashable, Comparable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (a: ExactString, b: ExactString) -> Bool {
        let (x, y) = (a.string.utf8, b.string.utf8)
        guard x.count == y.count else { return false }
        // Native strings are contiguous: one memcmp instead of the generic element loop.
        let equal = x.withContiguousStorageIfAvailable { x in
            y.withContiguousStorageIfAvailable { y in
                x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
            }
        }
        if let equal, let equal { return equal }
        return x.elementsEqual(y)
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func < (a: ExactString, b: ExactString) -> Bool { a.string < b.string }
}
