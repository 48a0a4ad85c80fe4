package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphException;

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
}
