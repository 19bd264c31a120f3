package taizhang.extract.entity;

import java.util.List;

import taizhang.extract.structure.Structure;

/** Suggests a status per measure. */
public final class StatusCues {

    private StatusCues() {
    }

    public static List<StatusCue> assess(Structure structure, String original, String normalized) {
        return List.of();
    }
}
