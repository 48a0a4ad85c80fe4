package org.newsgraph.doc;

import java.util.function.IntUnaryOperator;

/**
 * Binary search over ascending positions (offsets, sentence starts, span ends), shared by every
 * stage that indexes its spans so that a look-up costs log n, not a scan: conversion stays linear
 * in the article's length.
 */
public final class PositionSearch {

    private PositionSearch() {
    }

    /** How many of the ascending {@code values} are at most {@code key}: the index of the first one above it. */
    public static int countAtMost(int[] values, int key) {
        return countAtMost(values.length, k -> values[k], key);
    }

    /** How many of the ascending {@code values} are below {@code key}: the index of the first one at or above it. */
    public static int countBelow(int[] values, int key) {
        return countAtMost(values.length, k -> values[k], key - 1);
    }

    /** {@link #countAtMost(int[], int)} over {@code size} ascending values read by {@code valueAt}. */
    public static int countAtMost(int size, IntUnaryOperator valueAt, int key) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (valueAt.applyAsInt(mid) <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
