package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build writes with small node caches, so that its heap holds no million recent nodes (every article's
 * text among them), and reads its database whole for the dumps with TDB2's own, on a real database on disk.
 */
class StoreParamsTest {

    @Test
    void aBuildCachesFewerNodesThanAReaderOfTheSameDatabase(@TempDir Path build) {
        StoreParams dft = StoreParams.getDftStoreParams();
        try (Store store = Store.openBuild(build)) {
            StoreParams p = TDBInternal.getDatasetGraphTDB(store.dataset()).getStoreParams();
            assertTrue(p.getNodeId2NodeCacheSize() < dft.getNodeId2NodeCacheSize() / 4, p::toString);
            assertTrue(p.getNode2NodeIdCacheSize() < dft.getNode2NodeIdCacheSize(), p::toString);
        }
        // The last store of a database releases it: the next opens it anew, with the reader's parameters.
        try (Store store = Store.openToRead(build)) {
            StoreParams p = TDBInternal.getDatasetGraphTDB(store.dataset()).getStoreParams();
            assertEquals(dft.getNodeId2NodeCacheSize(), p.getNodeId2NodeCacheSize(), p::toString);
        }
    }
}
