package app.sorriso.patients;

public enum Sex {
    FEMALE,
    MALE,
    OTHER
}
