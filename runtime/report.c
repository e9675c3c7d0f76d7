/* gearshift runtime: reading and printing a captured stack.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The reading API of gearshift.h over the calling thread's capture
   (capture.c).  The variables of a captured frame are the fields its
   point lists as live, in that order; layout.c formats their values.
   gearshift_stack_print's format is matched by the test suite ("frames"
   even for one, to keep the patterns simple):

     gearshift: captured 2 frames (innermost first)
     #0 leaf (t.c:12) at point 1 "loop1" (loop, t.c:14:3)
         i = 5
     #1 main (t.c:20) at point 0 "call:leaf:1" (call, t.c:22:7)
         n = 3  */

#include <limits.h>
#include <stdlib.h>

#include <string.h>

#include "gs-internal.h"

/* Return S, or "?" when it is null.  */
static const char *
gs_str (const char *s)
{
  return s ? s : "?";
}

/* Store in *F frame FRAME of the calling thread's capture, and return 0
   or a negative error code.  */
static int
gs_get_frame (int frame, const struct gs_frame **f)
{
  size_t n;
  const struct gs_frame *frames = gs_capture_frames (&n);

  if (!frames)
    return gs_set_error (GEARSHIFT_ENOENT, "no stack has been captured");
  if (frame < 0 || (size_t) frame >= n)
    return gs_set_error (GEARSHIFT_ENOENT, "no frame %d: %zu captured",
			 frame, n);
  *f = &frames[frame];
  return 0;
}

/* The number of source variables saved at POINT of FN: its live
   fields but the compiler temporaries, which the plugin sorts last.  */
static unsigned int
gs_source_vars (const struct gs_fn_meta *fn, const struct gs_point_meta *point)
{
  unsigned int n = 0;

  while (n < point->nlive
	 && !(fn->fields[point->live[n]].flags & GS_FIELD_TEMP))
    n++;
  return n;
}

/* Store in *FIELD the field of variable VAR of frame FRAME, and in *F
   the frame; return 0 or a negative error code.  */
static int
gs_get_var (int frame, int var, const struct gs_frame **f,
	    const struct gs_field_meta **field)
{
  int err = gs_get_frame (frame, f);
  const struct gs_point_meta *point;

  if (err)
    return err;
  point = &(*f)->fn->points[(*f)->point];
  if (var < 0 || (unsigned int) var >= gs_source_vars ((*f)->fn, point))
    return gs_set_error (GEARSHIFT_ENOENT, "no variable %d in frame %d: "
			 "%u saved", var, frame,
			 gs_source_vars ((*f)->fn, point));
  *field = &(*f)->fn->fields[point->live[var]];
  return 0;
}

/* The address of the value of FIELD in frame F: in the frame, or, for a
   variable on the side stack, where the frame's pointer points.  */
static const void *
gs_value (const struct gs_frame *f, const struct gs_field_meta *field)
{
  const char *slot = (const char *) f->data + field->offset;
  const void *value;

  if (!(field->flags & GS_FIELD_INDIRECT))
    return slot;
  memcpy (&value, slot, sizeof value);
  return value;
}

/* Return the number of frames captured, or a negative error code.  */
GS_EXPORT int
gearshift_stack_depth (void)
{
  size_t n;

  if (!gs_capture_frames (&n))
    return gs_set_error (GEARSHIFT_ENOENT, "no stack has been captured");
  return n > INT_MAX ? INT_MAX : (int) n;
}

/* Describe frame FRAME in *INFO.  Returns 0 or a negative error code.  */
GS_EXPORT int
gearshift_stack_frame (int frame, struct gearshift_frame_info *info)
{
  const struct gs_frame *f;
  const struct gs_point_meta *p;
  int err;

  if (!info)
    return gs_set_error (GEARSHIFT_EINVAL, "null frame info");
  if ((err = gs_get_frame (frame, &f)))
    return err;
  p = &f->fn->points[f->point];
  info->function = gs_str (f->fn->name);
  info->file = gs_str (f->fn->file);
  info->line = f->fn->line;
  info->point = gs_str (p->label);
  info->point_kind = gs_point_kind_name (p->kind);
  info->point_line = p->line;
  info->point_column = p->column;
  info->nvars = gs_source_vars (f->fn, p);
  return 0;
}

/* Describe variable VAR of frame FRAME in *INFO.  Returns 0 or a
   negative error code.  */
GS_EXPORT int
gearshift_stack_var (int frame, int var, struct gearshift_var_info *info)
{
  const struct gs_frame *f;
  const struct gs_field_meta *field;
  int err;

  if (!info)
    return gs_set_error (GEARSHIFT_EINVAL, "null variable info");
  if ((err = gs_get_var (frame, var, &f, &field)))
    return err;
  info->name = gs_str (field->name);
  info->type = gs_str (field->type);
  info->value = gs_value (f, field);
  info->size = field->size;
  info->is_param = (field->flags & GS_FIELD_PARM) != 0;
  return 0;
}

/* Write the value of variable VAR of frame FRAME into BUF of SIZE bytes;
   return the length it needed, or a negative error code.  */
GS_EXPORT int
gearshift_stack_format_var (int frame, int var, char *buf, size_t size)
{
  const struct gs_frame *f;
  const struct gs_field_meta *field;
  size_t len;
  int err;

  if (!buf && size)
    return gs_set_error (GEARSHIFT_EINVAL, "null buffer");
  if ((err = gs_get_var (frame, var, &f, &field)))
    return err;
  len = gs_format_value (field->layout, gs_value (f, field), field->size,
			 buf, size);
  return len > INT_MAX ? INT_MAX : (int) len;
}

/* Print the captured stack to STREAM, one line per frame and one per
   saved variable.  Returns 0 or a negative error code.  */
GS_EXPORT int
gearshift_stack_print (FILE *stream)
{
  struct gearshift_frame_info fi;
  struct gearshift_var_info vi;
  const struct gs_frame *frames;
  char small[256];
  size_t n;
  int frame, var, depth = gearshift_stack_depth ();

  if (depth < 0)
    return depth;
  if (!stream)
    return gs_set_error (GEARSHIFT_EINVAL, "null stream");
  frames = gs_capture_frames (&n);
  fprintf (stream, "gearshift: captured %d frames (innermost first)\n",
	   depth);
  for (frame = 0; frame < depth; frame++)
    {
      gearshift_stack_frame (frame, &fi);
      fprintf (stream, "#%d %s (%s:%u) at point %u \"%s\" (%s, %s:%u:%u)\n",
	       frame, fi.function, fi.file, fi.line, frames[frame].point,
	       fi.point, fi.point_kind, fi.file, fi.point_line,
	       fi.point_column);
      for (var = 0; var < (int) fi.nvars; var++)
	{
	  int len = gearshift_stack_format_var (frame, var, small,
						sizeof small);
	  char *text = NULL;

	  /* Values too long for SMALL get a buffer of their own, or are
	     printed truncated.  */
	  if (len >= (int) sizeof small && (text = malloc (len + 1)))
	    gearshift_stack_format_var (frame, var, text, len + 1);
	  gearshift_stack_var (frame, var, &vi);
	  fprintf (stream, "    %s = %s\n", vi.name, text ? text : small);
	  free (text);
	}
    }
  fflush (stream);
  return ferror (stream) ? gs_set_error (GEARSHIFT_EINVAL,
					 "error writing the stack") : 0;
}

/* Print the statistics line on stderr.  */
void
gs_stats_print (void)
{
  /* After the program's own output, which may still sit in a buffer.  */
  fflush (stdout);
  unsigned long updates = __atomic_load_n (&gs_stats.updates,
					   __ATOMIC_RELAXED);
  unsigned long total = __atomic_load_n (&gs_stats.pause_total_ns,
					 __ATOMIC_RELAXED);

  unsigned long late = __atomic_load_n (&gs_stats.late_moves,
					__ATOMIC_RELAXED);
  char late_text[64] = "";

  if (late)
    snprintf (late_text, sizeof late_text, ", %lu threads moved late", late);
  fprintf (stderr, "gearshift: %lu updates, %lu declined, pause mean %.1f "
	   "us max %.1f us, deepest stack %lu frames%s\n", updates,
	   __atomic_load_n (&gs_stats.declines, __ATOMIC_RELAXED),
	   updates ? total / 1e3 / updates : 0.0,
	   __atomic_load_n (&gs_stats.pause_max_ns, __ATOMIC_RELAXED) / 1e3,
	   __atomic_load_n (&gs_stats.deepest, __ATOMIC_RELAXED), late_text);
}
