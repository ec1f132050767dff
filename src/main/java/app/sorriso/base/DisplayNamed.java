package app.sorriso.base;

/** A logged-in principal that knows how to greet its person, so the layout needs no knowledge of accounts. */
public interface DisplayNamed {

    String displayName();
}
