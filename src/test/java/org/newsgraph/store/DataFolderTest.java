package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.cli.Main;

/** The data folder's edges: each gives one line naming the folder and the real cause. */
class DataFolderTest {

    @Test
    void aDataFolderThatIsAFileIsNamed(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("data"), "not a folder");
        NewsgraphException build = assertThrows(NewsgraphException.class, () -> new DataFolder(file).lockForBuild());
        assertEquals(file + ": data folder is not a folder", build.describe());
        NewsgraphException open = assertThrows(NewsgraphException.class, () -> Store.open(file));
        assertEquals(file + ": data folder is not a folder", open.describe());
    }

    @Test
    void aMissingOrUnbuiltDataFolderSaysToBuild(@TempDir Path tmp) throws IOException {
        NewsgraphException missing = assertThrows(NewsgraphException.class, () -> Store.open(tmp.resolve("none")));
        assertTrue(missing.describe().startsWith(tmp.resolve("none") + ": no such data folder"), missing::describe);
        assertFalse(Files.exists(tmp.resolve("none")), "opening creates nothing");
        Files.createDirectories(tmp.resolve("half").resolve(DataFolder.BUILDS).resolve("killed"));
        NewsgraphException unbuilt = assertThrows(NewsgraphException.class, () -> Store.open(tmp.resolve("half")));
        assertTrue(unbuilt.describe().contains("holds no finished build"), unbuilt::describe);
    }

    @Test
    void twoBuildsOfOneFolderNeverInterleave(@TempDir Path tmp) {
        DataFolder folder = new DataFolder(tmp.resolve("data"));
        try (DataFolder.BuildLock first = folder.lockForBuild()) {
            NewsgraphException second = assertThrows(NewsgraphException.class, folder::lockForBuild);
            assertTrue(second.describe().contains("another build of this data folder is running"), second::describe);
        }
        folder.lockForBuild().close();
    }

    @Test
    void aPointerOutsideTheBuildsIsRefused(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve(DataFolder.POINTER), "../elsewhere\n");
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> new DataFolder(tmp).current());
        assertTrue(e.describe().contains("does not name a folder under builds/"), e::describe);
    }

    // Root ignores file modes, so the folder is made read-only for real: a read-only bind mount (as
    // root on Linux; skipped where mounting is not allowed).
    @Test
    void aReadOnlyDataFolderSaysSoNotThatItIsInUse(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds", "000_936faa304e8d9cbb.txt"), input.resolve("a.txt"));
        assertEquals(0, Main.run("build", "--input", input.toString(), "--data", data.toString()));
        Path view = Files.createDirectories(tmp.resolve("ro"));
        assumeTrue(run("mount", "--bind", data.toString(), view.toString()) == 0, "bind mounts need root");
        try {
            assumeTrue(run("mount", "-o", "remount,bind,ro", view.toString()) == 0, "read-only remount refused");
            NewsgraphException e = assertThrows(NewsgraphException.class, () -> Store.open(view));
            assertTrue(e.describe().contains("read-only") && !e.describe().contains("in use"), e::describe);
            assertFalse(e.describe().contains("\n"), "one line");
        } finally {
            run("umount", view.toString());
        }
    }

    private static int run(String... cmd) throws IOException, InterruptedException {
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
