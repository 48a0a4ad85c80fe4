package org.newsgraph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.base.NewsgraphException;

/**
 * A data folder as builds see it: each build is written into a fresh folder under builds/ and
 * becomes the served one only when whole and synced, by an atomic switch of the small pointer file
 * {@value #POINTER}; readers open the build it names. A build killed at any moment therefore leaves
 * the previous build served, with its own stamp, dumps and VoID.
 */
public final class DataFolder {

    /** Names the served build, relative to the data folder: {@code builds/<id>}. */
    public static final String POINTER = "current";
    /** Folder of the build folders. */
    public static final String BUILDS = "builds";
    /** Held by a running build, so that two builds of one data folder never interleave. */
    public static final String BUILD_LOCK = "build.lock";
    /** The lock file TDB2 keeps inside a database folder while a process has it open. */
    static final String TDB_LOCK = "tdb.lock";

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS");

    private final Path dir;

    public DataFolder(Path dir) {
        this.dir = dir;
    }

    public Path path() {
        return dir;
    }

    /** Names the server that serves this folder: its address and process id, one line. */
    public static final String SERVER = "server";

    /**
     * Records that this process serves the folder at {@code url}, so that {@code query} can send its query
     * there while the server holds the database (TDB2 lets one process open it).
     */
    public void recordServer(String url) {
        Path tmp = dir.resolve(SERVER + ".tmp");
        try {
            Files.writeString(tmp, url + " " + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(SERVER), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NewsgraphException(dir.resolve(SERVER).toString(), -1, "cannot record the server (" + reason(e)
                    + ")", e);
        }
    }

    /** Forgets the server this process recorded (another's record stays). */
    public void forgetServer() {
        if (server(true).isPresent()) {
            try {
                Files.deleteIfExists(dir.resolve(SERVER));
            } catch (IOException e) {
                // A stale record names a process that is gone, and server() ignores it.
            }
        }
    }

    /** The address of the live server another process runs on this folder, if one recorded itself. */
    public Optional<String> server() {
        return server(false);
    }

    private Optional<String> server(boolean mine) {
        String[] parts;
        try {
            parts = Files.readString(dir.resolve(SERVER), StandardCharsets.UTF_8).strip().split(" ");
        } catch (IOException e) {
            return Optional.empty();
        }
        if (parts.length != 2 || !parts[0].matches("https?://[^\\s]+/") || !parts[1].matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(parts[1]);
        boolean self = pid == ProcessHandle.current().pid();
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive && self == mine ? Optional.of(parts[0]) : Optional.empty();
    }

    /** Whether another process holds the database of the current build (a server, or a query). */
    public boolean currentHeldElsewhere() {
        return current().map(b -> inUse(b.resolve(Store.TDB_DIR))).orElse(false);
    }

    /** The build folder the pointer names, if it names one that exists and finished (has its stamp). */
    public Optional<Path> current() {
        Path pointer = dir.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name;
        try {
            name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new NewsgraphException(pointer.toString(), -1, "cannot read the pointer to the current build ("
                    + reason(e) + ")", e);
        }
        Path builds = dir.resolve(BUILDS);
        Path build = dir.resolve(name).normalize();
        if (!build.startsWith(builds.normalize()) || build.getNameCount() != builds.normalize().getNameCount() + 1) {
            throw new NewsgraphException(pointer.toString(), -1, "does not name a folder under " + BUILDS + "/: "
                    + name, null);
        }
        return Files.isRegularFile(build.resolve(Store.STAMP)) ? Optional.of(build) : Optional.empty();
    }

    /**
     * Takes the data folder for one build: creates it if needed and locks it against a second build.
     * A folder that cannot be written is a one-line error saying why.
     */
    public BuildLock lockForBuild() {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new NewsgraphException(dir.toString(), -1, "data folder is not a folder", null);
            }
            Files.createDirectories(dir.resolve(BUILDS));
            FileChannel ch = FileChannel.open(dir.resolve(BUILD_LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                throw new NewsgraphException(dir.toString(), -1, "another build of this data folder is running", null);
            }
            return new BuildLock(ch, lock);
        } catch (IOException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot write to the data folder (" + reason(e) + ")", e);
        }
    }

    /** The lock a build holds on its data folder; closing it lets the next build start. */
    public static final class BuildLock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private BuildLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // The lock goes with the channel or with the process anyway.
            }
        }
    }

    /** A fresh, empty build folder; nothing reads it until {@link #publish} names it. */
    public Path newBuild() {
        String base = LocalDateTime.now().format(ID) + "-" + ProcessHandle.current().pid();
        try {
            for (int n = 0; ; n++) {
                Path b = dir.resolve(BUILDS).resolve(n == 0 ? base : base + "-" + n);
                if (!Files.exists(b)) {
                    return Files.createDirectories(b);
                }
            }
        } catch (IOException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot create a build folder (" + reason(e) + ")", e);
        }
    }

    /**
     * Makes a finished build the served one: its files are synced, then the pointer is written to a
     * temporary file, synced and renamed over the old one, which is atomic on POSIX file systems.
     */
    public void publish(Path build) {
        Path tmp = dir.resolve(POINTER + ".tmp");
        try {
            syncTree(build);
            Files.writeString(tmp, dir.relativize(build).toString().replace('\\', '/') + "\n", StandardCharsets.UTF_8);
            sync(tmp, false);
            Files.move(tmp, dir.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            sync(dir, true);
        } catch (IOException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot switch to the new build (" + reason(e) + ")", e);
        }
    }

    /**
     * Deletes the build folders other than the current one, except those whose database another
     * process (a running server) or this one still has open, and the folder of a running build.
     * Returns the folders deleted.
     */
    public List<Path> prune(Path keep) {
        List<Path> deleted = new ArrayList<>();
        Optional<Path> current = current();
        try (Stream<Path> s = Files.list(dir.resolve(BUILDS))) {
            for (Path b : s.sorted().toList()) {
                if (b.equals(keep) || current.map(b::equals).orElse(false) || inUse(b.resolve(Store.TDB_DIR))) {
                    continue;
                }
                deleteTree(b);
                deleted.add(b);
            }
        } catch (IOException e) {
            // Old builds only cost disk space; the next build tries again.
        }
        return deleted;
    }

    /** Whether a process (this one included) has the TDB2 database in {@code tdbDir} open. */
    static boolean inUse(Path tdbDir) {
        Path lockFile = tdbDir.resolve(TDB_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // Cannot lock it here (a read-only folder): judge by the process the lock file names.
            // This process's own stores are counted by Store.
            return lockOwner(tdbDir).filter(pid -> pid != ProcessHandle.current().pid()).flatMap(ProcessHandle::of)
                    .map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** The process id written in a database's lock file, if any. */
    static Optional<Long> lockOwner(Path tdbDir) {
        try {
            String s = Files.readString(tdbDir.resolve(TDB_LOCK), StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(s));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void syncTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                sync(p, Files.isDirectory(p));
            }
        }
    }

    // A directory is synced too, so that the names of the files in it survive a crash.
    private static void sync(Path p, boolean directory) throws IOException {
        try (FileChannel ch = FileChannel.open(p, directory ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            if (!directory) {
                throw e;
            }
            // Some file systems cannot sync a directory; the rename is still atomic there.
        }
    }

    /** The real cause of an IO failure in a few words: "permission denied", "read-only file system", … */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
