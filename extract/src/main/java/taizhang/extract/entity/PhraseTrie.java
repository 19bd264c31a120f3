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

    private final Node<T>[] roots;

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
        Match<T> best = null;
        int i = at + 1;
        while (node != null) {
            if (node.value != null) {
                best = new Match<>(at, i, node.value);
            }
            if (i >= text.length()) {
                break;
            }
            node = node.child(text.charAt(i++));
        }
        return best;
    }

    boolean startsSomething(char c) {
        return roots[c] != null;
    }

    record Match<T>(int start, int end, T value) {
    }

    private static final class Node<T> {
        private char[] keys = new char[0];
        @SuppressWarnings("unchecked")
        private Node<T>[] children = (Node<T>[]) new Node[0];
        private T value;

        Node<T> child(char c) {
            int i = Arrays.binarySearch(keys, c);
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
