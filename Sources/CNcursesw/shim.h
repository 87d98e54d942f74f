#ifndef KAMERVRAGEN_CNCURSESW_SHIM_H
#define KAMERVRAGEN_CNCURSESW_SHIM_H

// Without these two, <ncursesw/ncurses.h> hides get_wch, cchar_t and the wide
// add functions; SwiftPM drops pkg-config's -D flags, so they are set here.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <unistd.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

// Macros and globals that Swift 6 cannot import, re-exported as functions.
static inline WINDOW *kv_stdscr(void) { return stdscr; }
static inline WINDOW *kv_curscr(void) { return curscr; }
static inline int kv_lines(void) { return LINES; }
static inline int kv_cols(void) { return COLS; }
static inline attr_t kv_a_bold(void) { return A_BOLD; }
static inline attr_t kv_a_reverse(void) { return A_REVERSE; }
static inline attr_t kv_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kv_a_dim(void) { return A_DIM; }
static inline attr_t kv_a_normal(void) { return A_NORMAL; }
static inline int kv_key_f(int n) { return KEY_F(n); }
static inline int kv_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int kv_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int kv_colors(void) { return COLORS; }
static inline int kv_ccharw_max(void) { return CCHARW_MAX; }

// Key codes are macros; Swift sees them only through these.
static inline int kv_key_code_yes(void) { return KEY_CODE_YES; }
static inline int kv_key_resize(void) { return KEY_RESIZE; }
static inline int kv_key_mouse(void) { return KEY_MOUSE; }
static inline mmask_t kv_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t kv_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t kv_button5_pressed(void) { return BUTTON5_PRESSED; }

// stdio's FILE streams for newterm: `stdin`/`stdout` are not importable in Swift 6 mode.
static inline FILE *kv_stdout(void) { return stdout; }
static inline FILE *kv_stdin(void) { return stdin; }

// The process environment for posix_spawn; `environ` is a mutable global Swift 6 rejects.
extern char **environ;
static inline char *const *kv_environ(void) { return environ; }

// tigetstr returns (char *)-1 for "not a string capability"; Swift cannot compare a
// pointer with -1 comfortably, so this folds both failure values into NULL.
static inline const char *kv_tigetstr(const char *name) {
    char *s = tigetstr(name);
    if (s == (char *)-1) return NULL;
    return s;
}

// tiparm is variadic, which Swift cannot call: one and two integer parameters, as the
// terminal's cursor address (cup) and colour (setaf, setab) strings take.
static inline const char *kv_tiparm1(const char *cap, int a) { return tiparm(cap, a); }
static inline const char *kv_tiparm2(const char *cap, int a, int b) { return tiparm(cap, a, b); }

// Where curses left the cursor: getcury/getcurx are macros.
static inline int kv_getcury(WINDOW *w) { return getcury(w); }
static inline int kv_getcurx(WINDOW *w) { return getcurx(w); }

#endif
