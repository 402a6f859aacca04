internal import CVietCiteScan
import VietCite

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading inputs and writing output with plain POSIX calls: no Foundation in the data path.
enum InputFiles {
    /// Why a path could not be read.
    struct ReadError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "vietcite: \(path): \(reason)" }
    }

    /// The whole content of `path` (`-` is standard input).
    static func read(_ path: String) throws(ReadError) -> [UInt8] {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadError(path: path, reason: String(cString: strerror(errno))) }
        defer { if fd != 0 { close(fd) } }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            throw ReadError(path: path, reason: "is a directory")
        }
        if Int(info.st_size) > CitationExtractor.maximumDocumentSize {
            throw ReadError(path: path, reason: "larger than 1 GiB, the most one document can be; split it")
        }
        // Read straight into the array, sized from `stat` (one byte more, to see the end in the same read):
        // a zeroed staging chunk cost a 1 MB memset and a copy per file.
        let expected = max(Int(info.st_size), 0) + 1
        var failure: ReadError?
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            // The read writes the array whole: faulted in once per 2 MB, not once per 4 KB page.
            vietcite_advise_huge_pages(buffer.baseAddress, buffer.count)
            while count < buffer.count {
                let got = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = ReadError(path: path, reason: String(cString: strerror(errno))) }
                if got <= 0 { return }
                count += got
            }
        }
        if let failure { throw failure }
        // Standard input, a pipe, or a file longer than `stat` said: the rest in chunks.
        if bytes.count == expected {
            let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 1)
            defer { chunk.deallocate() }
            while true {
                let got = Glibc.read(fd, chunk.baseAddress, chunk.count)
                if got < 0 {
                    if errno == EINTR { continue }
                    throw ReadError(path: path, reason: String(cString: strerror(errno)))
                }
                if got == 0 { break }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<got]))
                if bytes.count > CitationExtractor.maximumDocumentSize {
                    throw ReadError(path: path, reason: "larger than 1 GiB, the most one document can be; split it")
                }
            }
        }
        return bytes
    }

    /// Prints one line to standard error.
    static func warn(_ message: String) {
        var line = Array(message.utf8)
        line.append(0x0A)
        _ = line.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}

/// A buffered writer to standard output (or a file descriptor): output streams, it is never held whole.
final class OutputStream {
    private var buffer: [UInt8] = []
    private let fd: Int32

    init(fd: Int32 = 1) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
        Self.widenPipe(fd)
    }

    /// Gives a pipe on `fd` a buffer of 1 MiB where Linux allows it (the default holds 64 KiB): the writer then runs
    /// on while the reader drains, instead of waking it for every 64 KiB. Anything else is left as it is.
    private static func widenPipe(_ fd: Int32) {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFIFO else { return }
        _ = fcntl(fd, setPipeSize, Int32(1 << 20))
    }

    /// Linux's `F_SETPIPE_SZ`, which the Glibc module does not export.
    private static let setPipeSize: Int32 = 1031

    deinit { flush() }

    func write(_ bytes: [UInt8]) {
        if bytes.count >= 1 << 16 {
            // Large blocks go straight through, without a copy into the buffer.
            flush()
            bytes.withUnsafeBytes { writeAll($0) }
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    func write(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    func write(_ string: String) { write(string.utf8) }

    func flush() {
        buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
    }
}

extension InputFiles {
    static func readStandardInput() -> [UInt8] { (try? read("-")) ?? [] }

    /// Files named on the command line, with directories expanded recursively (sorted, text and HTML files).
    static func expand(_ paths: [String], failures: inout Int, extensions: [String] = documentExtensions) -> [String] {
        var result: [String] = []
        for path in paths {
            var info = stat()
            if path != "-" && stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
                result.append(contentsOf: walk(path, extensions: extensions))
            } else {
                result.append(path)
            }
        }
        return result
    }

    static let documentExtensions = [".txt", ".htm", ".html", ".text"]

    private static func walk(_ directory: String, extensions: [String]) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var files: [String] = []
        var directories: [String] = []
        // A `dirent` is only as long as its name: reading `entry.pointee` copied the whole 256-byte name field, past
        // the end of the directory's buffer for its last short entry (AddressSanitizer). The name is read in place.
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(handle) {
            let name = String(
                cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else {
                files.append(path)  // reported when it is read
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                directories.append(path)
            } else if extensions.contains(where: { name.lowercased().hasSuffix($0) }) {
                files.append(path)
            }
        }
        var result = files.sorted()
        for child in directories.sorted() { result.append(contentsOf: walk(child, extensions: extensions)) }
        return result
    }
}
