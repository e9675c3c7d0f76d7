/* gearshift: live updates for C programs.  Public API.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   A program compiled with -fplugin=gearshift and linked with
   -lgearshift can be stopped at its update points: every instrumented
   function on the stack saves its live source-level locals into a
   frame and returns, down to the runtime's root, which entered the
   program's main.  This header is all a program needs; the plugin
   recognises gearshift_update_point and the runtime implements the
   rest.  */

#ifndef GEARSHIFT_H
#define GEARSHIFT_H

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Exit status of a program whose stack was captured but cannot be
   resumed (a function on it has no low-gear clone).  */
#define GEARSHIFT_EXIT_CAPTURED 75

/* Error codes.  Functions return them negated; gearshift_strerror
   accepts either sign.  */
enum gearshift_error
{
  GEARSHIFT_OK = 0,
  GEARSHIFT_EINVAL = 1,		/* Invalid argument.  */
  GEARSHIFT_EBUSY = 2,		/* An update is already in progress.  */
  GEARSHIFT_ENOTSUP = 3,	/* Not supported (yet).  */
  GEARSHIFT_ENOMEM = 4,		/* Out of memory.  */
  GEARSHIFT_ENOENT = 5,		/* No such frame, variable or capture.  */
  GEARSHIFT_EDECLINED = 6,	/* The stack holds uninstrumented frames.  */
  GEARSHIFT_ELOAD = 7,		/* The new version could not be loaded.  */
  GEARSHIFT_EREFUSED = 8	/* The state does not map to the new
				   version.  */
};

/* An explicit update point named LABEL (a string literal).  The plugin
   replaces the call; without the plugin it does nothing.  */
void gearshift_update_point (const char *label);

/* Ask for an update.  PATH null: the next thread to reach an update
   point captures its stack and resumes the same version in place
   (every function that was on the stack continues in its low-gear
   clone until it returns).  PATH a file: load it as the new version
   (the whole program built with -fplugin=gearshift -fPIC -shared) and
   resume every thread the runtime knows there (see the README's
   Threads); gearshift_update_status tells the outcome.  Returns 0,
   or a negative error code.  Async-signal-safe.  */
int gearshift_request_update (const char *path);

/* The outcome of the last update to a new version: 0 when it succeeded,
   or a negative error code (-GEARSHIFT_EBUSY while one is pending,
   -GEARSHIFT_ENOENT before any); a message ("updated to v2.so: 3 frames,
   2 globals mapped, 5 functions redirected", or why it was refused) is
   copied into BUF of SIZE bytes.  A refused update leaves the program running its old version,
   resumed where it stopped.  */
int gearshift_update_status (char *buf, size_t size);

/* A message for the error code ERR (negative or positive).  */
const char *gearshift_strerror (int err);

/* Details of the last error reported to this thread, or null: like
   dlerror, the string stays valid until the thread's next gearshift
   call.  */
const char *gearshift_error_detail (void);

/* Reading the calling thread's captured stack.  Frame 0 is the innermost
   (the function that reached the update point).  */
struct gearshift_frame_info
{
  const char *function;		/* Source name of the function.  */
  const char *file;		/* Its source file.  */
  unsigned int line;		/* Line of its definition.  */
  const char *point;		/* Label of the point it stopped at.  */
  const char *point_kind;	/* "loop", "entry", "explicit" or "call".  */
  unsigned int point_line;	/* Source location of the point.  */
  unsigned int point_column;
  unsigned int nvars;		/* Variables saved at the point.  */
};

struct gearshift_var_info
{
  const char *name;		/* Source name.  */
  const char *type;		/* C spelling of its type.  */
  const void *value;		/* The saved bytes.  */
  unsigned int size;
  int is_param;			/* Nonzero for a parameter.  */
};

/* Number of frames of the last capture, or a negative error code.  */
int gearshift_stack_depth (void);

/* Describe frame FRAME.  Returns 0 or a negative error code.  */
int gearshift_stack_frame (int frame, struct gearshift_frame_info *info);

/* Describe variable VAR of frame FRAME.  Returns 0 or a negative error
   code.  */
int gearshift_stack_var (int frame, int var,
			 struct gearshift_var_info *info);

/* Write the value of variable VAR of frame FRAME as C-like text into BUF
   of SIZE bytes.  Returns the length it needed (like snprintf), or a
   negative error code.  */
int gearshift_stack_format_var (int frame, int var, char *buf,
				size_t size);

/* Print the captured stack to STREAM: one line per frame, one per saved
   variable.  Returns 0 or a negative error code.  */
int gearshift_stack_print (FILE *stream);

/* HANDLER is called at the root once a stack is captured, before the
   program resumes; it may read the stack (which stays readable after the
   resume, until the next capture).  The default prints it to stderr
   when the environment variable GEARSHIFT_REPORT is set.  */
void gearshift_set_capture_handler (void (*handler) (void));

/* The number of the calling thread's frames still running in a low-gear
   clone: functions that were on the stack at the last update and have
   not returned yet.  Zero once the program has shifted back up.  */
int gearshift_low_frames (void);

/* Give the calling thread a wake-up function: while an update to a new
   version waits for the thread to reach an update point, the runtime
   calls FN (ARG) from another thread, with each of its kicks, so that a
   wait its signal cannot end (an uninstrumented library's event loop,
   which retries on EINTR) returns to code with points: libevent's
   event_base_loopbreak, a write to a pipe the loop watches.  FN must be
   safe to call from any thread, at any time.  FN null removes it.
   Returns 0, or a negative error code in a thread the runtime does not
   know (see the README's Threads).  */
int gearshift_thread_wakeup (void (*fn) (void *arg), void *arg);

/* The two halves of the calling thread's last update, in microseconds:
   *CAPTURE_US from the first update point reached to the stack unwound,
   *RESUME_US from there to the program running again (either may be
   null).  Returns 0, or a negative error code before any update.  */
int gearshift_last_pause (double *capture_us, double *resume_us);

/* Transformers: functions of a new version that convert state whose
   type changed, registered with the macros below.  A transformer
   returns 0, or nonzero to refuse the update (the old version then
   resumes, nothing lost).

     struct config_v1 { int port; };          // the old layout
     static int
     widen (const void *old, void *new)       // global "config"
     {
       const struct config_v1 *o = old;
       struct config *n = new;
       n->port = o->port;
       n->backlog = 16;
       return 0;
     }
     GEARSHIFT_TRANSFORM_GLOBAL (config, widen)

   GEARSHIFT_TRANSFORM_LOCAL (FUNCTION, NAME, FN) converts local NAME of
   FUNCTION the same way, in every frame of FUNCTION on the stack.
   GEARSHIFT_TRANSFORM_FRAME (FUNCTION, FN) gets each frame of FUNCTION
   after the default mapping, and fills what it likes through
   gearshift_frame_old and gearshift_frame_new.  */
enum gearshift_transformer_kind
{
  GEARSHIFT_TRANSFORM_GLOBAL_KIND = 1,
  GEARSHIFT_TRANSFORM_LOCAL_KIND = 2,
  GEARSHIFT_TRANSFORM_FRAME_KIND = 3,
  GEARSHIFT_TYPE_NOT_IN_HEAP_KIND = 4,
  GEARSHIFT_CONVERT_BY_NAME_KIND = 5,
  GEARSHIFT_FIELD_RENAMED_KIND = 6,
  GEARSHIFT_ON_UPDATE_KIND = 7,
  GEARSHIFT_TRANSFORM_TYPE_KIND = 8
};

struct gearshift_frame_map;

struct gearshift_transformer
{
  unsigned int kind;		/* enum gearshift_transformer_kind.  */
  const char *function;		/* Locals and frames: the function.  */
  const char *name;		/* Globals and locals: the variable.  */
  int (*value) (const void *old_value, void *new_value);
  int (*frame) (struct gearshift_frame_map *map);
};

/* Register transformer T (the macros do it, from a constructor).  */
void gearshift_register_transformer (const struct gearshift_transformer *t);

/* In a frame transformer: the old value of local NAME, or null if the
   old frame did not save it; the new frame's slot for NAME, or null if
   the new point does not save it.  */
const void *gearshift_frame_old (struct gearshift_frame_map *map,
				 const char *name);
void *gearshift_frame_new (struct gearshift_frame_map *map,
			   const char *name);

#define GEARSHIFT_TRANSFORMER__(KIND, FUNCTION, NAME, VALUE, FRAME, ID)	\
  static const struct gearshift_transformer __gearshift_tr_##ID		\
    __attribute__ ((used, section ("gs_transformers"), aligned (8)))	\
    = { KIND, FUNCTION, NAME, VALUE, FRAME };				\
  static void __attribute__ ((constructor))				\
  __gearshift_tr_reg_##ID (void)					\
  {									\
    gearshift_register_transformer (&__gearshift_tr_##ID);		\
  }

#define GEARSHIFT_TRANSFORM_GLOBAL(NAME, FN)				\
  GEARSHIFT_TRANSFORMER__ (GEARSHIFT_TRANSFORM_GLOBAL_KIND, 0, #NAME,	\
			   FN, 0, g_##NAME)
#define GEARSHIFT_TRANSFORM_LOCAL(FUNCTION, NAME, FN)			\
  GEARSHIFT_TRANSFORMER__ (GEARSHIFT_TRANSFORM_LOCAL_KIND, #FUNCTION,	\
			   #NAME, FN, 0, l_##FUNCTION##_##NAME)
#define GEARSHIFT_TRANSFORM_FRAME(FUNCTION, FN)				\
  GEARSHIFT_TRANSFORMER__ (GEARSHIFT_TRANSFORM_FRAME_KIND, #FUNCTION,	\
			   0, 0, FN, f_##FUNCTION)

/* Types in the heap.  An update that changes the layout of a struct or
   union type that code of both versions uses through a pointer
   ("p->next") converts the objects of it that the program allocated
   with malloc, calloc or realloc (GEARSHIFT_TRANSFORM_TYPE below), and
   is refused when objects of it may come from elsewhere: the new code
   would read the old objects with its own layout.  When no object of
   such a type is alive outside the globals and frames that an update
   maps (and converts: GEARSHIFT_TRANSFORM_GLOBAL and
   GEARSHIFT_TRANSFORM_LOCAL), the new version says so, naming the type
   as the refusal does, at file scope:

     GEARSHIFT_TYPE_NOT_IN_HEAP (struct config)  */
#define GEARSHIFT_TYPE_NOT_IN_HEAP(...)					\
  GEARSHIFT_TYPE_NOT_IN_HEAP__ (#__VA_ARGS__, __COUNTER__)
#define GEARSHIFT_TYPE_NOT_IN_HEAP__(NAME, ID)				\
  GEARSHIFT_TYPE_NOT_IN_HEAP___ (NAME, ID)
#define GEARSHIFT_TYPE_NOT_IN_HEAP___(NAME, ID)				\
  GEARSHIFT_TRANSFORMER__ (GEARSHIFT_TYPE_NOT_IN_HEAP_KIND, 0, NAME, 0,	\
			   0, t_##ID)

/* Globals of a struct type that changed, converted without a
   transformer: GEARSHIFT_CONVERT_BY_NAME (struct config), at file scope
   in the new version, converts every global of that type field by
   field: a field of the same name and the same layout gets the running
   value, a new field keeps the new version's initial value, a removed
   one is dropped; a field whose layout changed (or a bit-field) still
   needs a GEARSHIFT_TRANSFORM_GLOBAL.  GEARSHIFT_FIELD_RENAMED (struct
   config, port, listen_port) says that field port is listen_port now,
   and converts the type's globals the same way.  Locals of the type in
   the frames on the stack convert too (new fields start at zero), but
   not one whose address was taken.  */
#define GEARSHIFT_CONVERT_BY_NAME(...)					\
  GEARSHIFT_CONVERT_BY_NAME__ (#__VA_ARGS__, __COUNTER__)
#define GEARSHIFT_CONVERT_BY_NAME__(NAME, ID)				\
  GEARSHIFT_CONVERT_BY_NAME___ (NAME, ID)
#define GEARSHIFT_CONVERT_BY_NAME___(NAME, ID)				\
  GEARSHIFT_TRANSFORMER__ (GEARSHIFT_CONVERT_BY_NAME_KIND, 0, NAME, 0,	\
			   0, c_##ID)
#define GEARSHIFT_FIELD_RENAMED(TYPE, OLD, NEW)				\
  GEARSHIFT_FIELD_RENAMED__ (#TYPE, #OLD " " #NEW, __COUNTER__)
#define GEARSHIFT_FIELD_RENAMED__(TYPE, NAMES, ID)			\
  GEARSHIFT_FIELD_RENAMED___ (TYPE, NAMES, ID)
#define GEARSHIFT_FIELD_RENAMED___(TYPE, NAMES, ID)			\
  GEARSHIFT_TRANSFORMER__ (GEARSHIFT_FIELD_RENAMED_KIND, TYPE, NAMES, 0, \
			   0, r_##ID)

/* Objects of a changed type in the heap.  Objects that the program
   allocates with malloc, calloc or realloc into a pointer to a struct
   or union ("n = malloc (sizeof *n)"), or with an allocator of its own
   that returns what they returned (declared with GCC's malloc
   attribute, or named by -fplugin-arg-gearshift-allocator=), are known
   to the runtime, and an
   update converts them in place: field by field when the new version
   says GEARSHIFT_CONVERT_BY_NAME or GEARSHIFT_FIELD_RENAMED for the
   type (new fields zero), or with a transformer it names, called for
   each object (each element of an array) with the old object and the
   new one, zeroed:

     struct node_v1 { struct node *next; int key; };
     static int
     node_v2 (const void *old, void *new)
     {
       const struct node_v1 *o = old;
       struct node *n = new;
       n->next = o->next;
       n->key = o->key;
       n->weight = 1;
       return 0;
     }
     GEARSHIFT_TRANSFORM_TYPE (struct node, node_v2)  */
#define GEARSHIFT_TRANSFORM_TYPE(TYPE, FN)				\
  GEARSHIFT_TRANSFORM_TYPE__ (#TYPE, FN, __COUNTER__)
#define GEARSHIFT_TRANSFORM_TYPE__(NAME, FN, ID)			\
  GEARSHIFT_TRANSFORM_TYPE___ (NAME, FN, ID)
#define GEARSHIFT_TRANSFORM_TYPE___(NAME, FN, ID)			\
  GEARSHIFT_TRANSFORMER__ (GEARSHIFT_TRANSFORM_TYPE_KIND, 0, NAME, FN, 0, \
			   y_##ID)

/* State that start-up code builds does not build itself again in a new
   version: its main does not run from the start, it resumes where the
   running version was.  GEARSHIFT_ON_UPDATE (fn), at file scope in the
   new version, names a function "void fn (void)" that the runtime calls
   once the update has succeeded, before the new version resumes: the
   globals that mapped hold the running version's values then, the
   converted ones their converted values and the new ones their initial
   values, so fn can build what the new version's start-up code would
   have (an index over an old table, a new cache).  It cannot refuse the
   update: a transformer can.  */
#define GEARSHIFT_ON_UPDATE(FN)						\
  static int								\
  __gearshift_on_update_##FN (const void *old, void *new)		\
  {									\
    (void) old;								\
    (void) new;								\
    FN ();								\
    return 0;								\
  }									\
  GEARSHIFT_TRANSFORMER__ (GEARSHIFT_ON_UPDATE_KIND, 0, #FN,		\
			   __gearshift_on_update_##FN, 0, u_##FN)

/* A privileged program (installed setuid, setgid or with file
   capabilities) offers no control channel and reads no GEARSHIFT_*
   variable from its environment.  Written once at file scope in one of
   its files, GEARSHIFT_PRIVILEGED_CHANNEL; makes it offer a channel that
   only its effective user and root can use, in /tmp/gearshift-EUID.  */
#define GEARSHIFT_PRIVILEGED_CHANNEL					\
  extern const int __gearshift_privileged_channel;			\
  const int __gearshift_privileged_channel				\
    __attribute__ ((visibility ("default"))) = 1

#ifdef __cplusplus
}
#endif

#endif /* GEARSHIFT_H */
