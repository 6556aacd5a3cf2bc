using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace SearchService.Core.Indexing;

/// <summary>
/// An index folder read through memory-mapped files, as Lucene's <see cref="MMapDirectory"/> reads it, but
/// with inputs that read the mapping through a pointer and clone for the price of an object. Lucene.Net's
/// mapped input reads a byte at a time through a checked buffer (11.5 ns a byte, measured) and registers every
/// clone in a weak map so that closing the file can invalidate them; a search makes dozens of clones (one per
/// postings list it opens) and those registrations, their weak handles and the garbage collections they cause
/// were a sixth of a two-word search's time.
/// <para>
/// Safety without the clone registry: a file stays mapped while any input of it can still be reached and is
/// unmapped by the garbage collector after the last one (<see cref="Mapping"/>), never while an input may read
/// it. Closing an index therefore releases a deleted file's disk space at the next full collection rather than
/// at once; each mapping tells the collector how many bytes it holds (memory pressure), so mapping a merged
/// segment's new files brings on the collection that unmaps the files it replaced. Writing goes through
/// <see cref="FSDirectory"/> as before: only reading is changed.
/// </para>
/// </summary>
internal sealed class MappedDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        var path = Path.Combine(Directory.FullName, name);
        var mapping = Mapping.Of(path);
        return new MappedInput($"MappedInput(path=\"{path}\")", mapping, 0, mapping.Length);
    }

    /// <inheritdoc />
    public override IndexInputSlicer CreateSlicer(string name, IOContext context) => new Slicer(Mapping.Of(Path.Combine(Directory.FullName, name)), name);

    // The parts of a compound file, each an input over its range of the one mapping.
    private sealed class Slicer(Mapping mapping, string name) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > mapping.Length)
            {
                throw new ArgumentException($"Slice {sliceDescription} [{offset}, {offset + length}) is outside {name} ({mapping.Length} bytes)");
            }
            return new MappedInput($"MappedInput({sliceDescription} in \"{name}\")", mapping, offset, length);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, mapping.Length);

        protected override void Dispose(bool disposing)
        {
            // The mapping is released when no input of it remains (Mapping's finalizer).
        }
    }

    /// <summary>One file mapped read-only, with the address of its first byte; unmapped when no longer reachable.</summary>
    internal sealed unsafe class Mapping
    {
        private readonly MemoryMappedFile? file;
        private readonly MemoryMappedViewAccessor? view;

        private Mapping(MemoryMappedFile? file, MemoryMappedViewAccessor? view, byte* start, long length)
        {
            this.file = file;
            this.view = view;
            Start = start;
            Length = length;
            if (view is not null)
            {
                GC.AddMemoryPressure(length);
            }
        }

        ~Mapping()
        {
            if (view is not null)
            {
                view.SafeMemoryMappedViewHandle.ReleasePointer();
                view.Dispose();
                file!.Dispose();
                GC.RemoveMemoryPressure(Length);
            }
        }

        /// <summary>The first byte of the file (null for an empty file).</summary>
        public byte* Start { get; }

        /// <summary>The file's length in bytes.</summary>
        public long Length { get; }

        /// <summary>Maps the file at <paramref name="path"/>.</summary>
        /// <exception cref="FileNotFoundException">There is no such file.</exception>
        public static Mapping Of(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length == 0)
            {
                // A file of no bytes cannot be mapped; every read of it is past its end.
                return new Mapping(null, null, null, 0);
            }
            var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            try
            {
                var view = file.CreateViewAccessor(0, stream.Length, MemoryMappedFileAccess.Read);
                byte* start = null;
                view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
                return new Mapping(file, view, start + view.PointerOffset, stream.Length);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }
    }

    /// <summary>Reads a range of a mapped file; clones share the mapping and keep it alive.</summary>
    internal sealed unsafe class MappedInput : IndexInput
    {
        private readonly Mapping mapping;
        private readonly byte* start;
        private readonly long length;
        private long position;

        public MappedInput(string description, Mapping mapping, long offset, long length) : base(description)
        {
            this.mapping = mapping;
            start = mapping.Start + offset;
            this.length = length;
        }

        public override long Position => position;

        public override long Length => length;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > length)
            {
                throw new EndOfStreamException($"Seek to {pos} outside {this} ({length} bytes)");
            }
            position = pos;
        }

        public override byte ReadByte()
        {
            if (position >= length)
            {
                throw new EndOfStreamException($"Read past the end of {this}");
            }
            return start[position++];
        }

        public override void ReadBytes(byte[] b, int offset, int len) => Take(len).CopyTo(b.AsSpan(offset, len));

        public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));

        public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));

        public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

        // Lucene's variable-length integers (7 bits a byte, low bits first), read without a virtual call a byte.
        public override int ReadVInt32()
        {
            var value = 0;
            for (var shift = 0; shift < 28; shift += 7)
            {
                var b = ReadByte();
                value |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
            var last = ReadByte();
            if ((last & 0xF0) != 0)
            {
                throw new IOException($"Invalid vInt32 detected (too many bits) in {this}");
            }
            return value | (last << 28);
        }

        public override long ReadVInt64()
        {
            var value = 0L;
            for (var shift = 0; shift < 63; shift += 7)
            {
                var b = ReadByte();
                value |= (long)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
            throw new IOException($"Invalid vInt64 detected (negative values disallowed) in {this}");
        }

        public override void SkipBytes(long numBytes)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(numBytes);
            Seek(position + numBytes);
        }

        protected override void Dispose(bool disposing)
        {
            // The mapping is released when no input of it remains (Mapping's finalizer).
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || position + count > length)
            {
                throw new EndOfStreamException($"Read of {count} bytes past the end of {this}");
            }
            var taken = new ReadOnlySpan<byte>(start + position, count);
            position += count;
            return taken;
        }
    }
}
