package taizhang.extract.entity;

import java.util.Arrays;

/**
 * A trie of phrases for one-pass longest-match scanning. The root is a table indexed by char,
 * so the common case, a char that starts no phrase, costs one array read; deeper levels keep
 * sorted keys and are searched by bisection.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseTrie<T> {

    /** Bits for {@code 2^PAIR_BITS} hashed buckets of two-char phrase openings. */
    private static final int PAIR_BITS = 20;

    private final Node<T>[] roots;
    /**
     * Which two-char openings some phrase has, hashed: most chars that start a phrase are not
     * followed by a char that continues one, and this answers that without searching a node.
     * A set bit may be a collision; a clear bit is certain.
     */
    private final long[] pairs = new long[1 << (PAIR_BITS - 6)];

    @SuppressWarnings("unchecked")
    PhraseTrie() {
        roots = (Node<T>[]) new Node[Character.MAX_VALUE + 1];
    }

    /** Adds a phrase; a phrase added twice keeps its first value. */
    void add(String phrase, T value) {
        if (phrase.isEmpty()) {
            return;
        }
        char first = phrase.charAt(0);
        if (roots[first] == null) {
            roots[first] = new Node<>();
        }
        Node<T> node = roots[first];
        if (phrase.length() > 1) {
            int pair = pair(first, phrase.charAt(1));
            pairs[pair >>> 6] |= 1L << pair;
        }
        for (int i = 1; i < phrase.length(); i++) {
            node = node.childOrCreate(phrase.charAt(i));
        }
        if (node.value == null) {
            node.value = value;
        }
    }

    /** The longest phrase starting at {@code at}, or null. */
    Match<T> longest(CharSequence text, int at) {
        Node<T> node = roots[text.charAt(at)];
        T bestValue = null;
        int bestEnd = -1;
        int i = at + 1;
        while (node != null) {
            if (node.value != null) {
                bestValue = node.value;
                bestEnd = i;
            }
            if (i >= text.length() || i == at + 1 && !mayContinue(text.charAt(at), text.charAt(i))) {
                break;
            }
            node = node.child(text.charAt(i++));
        }
        return bestValue == null ? null : new Match<>(at, bestEnd, bestValue);
    }

    boolean startsSomething(char c) {
        return roots[c] != null;
    }

    private boolean mayContinue(char first, char second) {
        int pair = pair(first, second);
        return (pairs[pair >>> 6] & (1L << pair)) != 0;
    }

    private static int pair(char first, char second) {
        return ((first * 31 + second) * 0x9E3779B1) >>> (32 - PAIR_BITS);
    }

    record Match<T>(int start, int end, T value) {}

    private static final class Node<T> {
        /** Most nodes have a child or two: a plain loop beats bisection there. */
        private static final int LINEAR_SEARCH = 8;

        private char[] keys = new char[0];

        @SuppressWarnings("unchecked")
        private Node<T>[] children = (Node<T>[]) new Node[0];

        private T value;

        Node<T> child(char c) {
            char[] k = keys;
            if (k.length <= LINEAR_SEARCH) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return children[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(k, c);
            return i >= 0 ? children[i] : null;
        }

        Node<T> childOrCreate(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] newKeys = new char[keys.length + 1];
            Node<T>[] newChildren = Arrays.copyOf(children, children.length + 1);
            System.arraycopy(keys, 0, newKeys, 0, at);
            System.arraycopy(keys, at, newKeys, at + 1, keys.length - at);
            System.arraycopy(children, at, newChildren, at + 1, children.length - at);
            newKeys[at] = c;
            Node<T> created = new Node<>();
            newChildren[at] = created;
            keys = newKeys;
            children = newChildren;
            return created;
        }
    }
}
