package app.sorriso.files.ui;

/** File addresses as the page uses them: relative to the app's root (Vaadin's base), so a context path still works. */
final class Links {

    private Links() {}

    static String of(String url) {
        return url.startsWith("/") ? url.substring(1) : url;
    }
}
