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
#include <ncursesw/ncurses.h>

// Macros and globals that Swift 6 cannot import, re-exported as functions.
static inline WINDOW *kv_stdscr(void) { return stdscr; }
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

#endif
