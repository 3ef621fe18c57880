package org.irohub.interchange.generator;

/** A generated child's sex; unborn children are {@code UNKNOWN} ("not recorded or unborn"). */
enum ChildSex {
    MALE, FEMALE, UNKNOWN
}
