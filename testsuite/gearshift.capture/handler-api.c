/* A capture handler reads the stack through the reading API (frames,
   variables, formatted values, error codes); after the resume it still can.  */
/* { dg-do run } */

#include <gearshift.h>
#include <stdio.h>
#include <string.h>

static int table[5] = { 5, 6, 7, 8, 9 };

static void
summary (void)
{
  struct gearshift_frame_info fi;
  struct gearshift_var_info vi;
  char buf[64];
  int depth = gearshift_stack_depth ();

  printf ("depth %d\n", depth);
  for (int f = 0; f < depth; f++)
    {
      if (gearshift_stack_frame (f, &fi) != 0)
	printf ("frame %d: error\n", f);
      const char *base = strrchr (fi.file, '/');
      printf ("frame %d: %s in %s line %u, point \"%s\" (%s) at line %u, "
	      "%u vars\n", f, fi.function, base ? base + 1 : fi.file,
	      fi.line, fi.point, fi.point_kind, fi.point_line, fi.nvars);
      for (int v = 0; v < (int) fi.nvars; v++)
	{
	  gearshift_stack_var (f, v, &vi);
	  int len = gearshift_stack_format_var (f, v, buf, sizeof buf);
	  printf ("  %s%s : %s (%u bytes) = %s [%d]\n",
		  vi.is_param ? "param " : "", vi.name, vi.type, vi.size,
		  strcmp (vi.name, "cursor") ? buf : "<pointer>",
		  len == (int) strlen (buf));
	  if (!strcmp (vi.name, "cursor"))
	    {
	      int *p;
	      memcpy (&p, vi.value, sizeof p);
	      printf ("  cursor points at table[%d]\n", (int) (p - table));
	    }
	}
    }
  /* A small buffer truncates, and the return value says how much was
     needed, like snprintf.  */
  int need = gearshift_stack_format_var (0, 2, buf, 3);
  printf ("truncated \"%s\" needed %d\n", buf, need);
  printf ("frame 9: %s\n", gearshift_strerror (gearshift_stack_frame (9, &fi)));
  printf ("var 0/9: %d\n", gearshift_stack_var (0, 9, &vi));
  printf ("null info: %d\n", gearshift_stack_frame (0, NULL));
}

/* Called by main once resumed: main still runs in low gear, walk has
   returned, and the captured stack stays readable until the next one.  */
static void __attribute__ ((noinline))
after_resume (void)
{
  struct gearshift_frame_info fi;
  int err = gearshift_stack_frame (0, &fi);
  printf ("low frames: %d\n", gearshift_low_frames ());
  printf ("after resume: depth %d, frame 0 %s (%d) at \"%s\"\n",
	  gearshift_stack_depth (), fi.function, err, fi.point);
}

static long __attribute__ ((noinline))
walk (int steps, double weight)
{
  long sum = 1000;
  int *cursor = table;
  for (int i = 0; i < steps; i++)
    {
      sum += *cursor++;
      if (i == 1)
	gearshift_request_update (0);
      gearshift_update_point ("walk");
    }
  return sum * weight;
}

int
main (void)
{
  int before = gearshift_stack_depth ();
  printf ("before capture: %d (%s)\n", before, gearshift_strerror (before));
  gearshift_set_capture_handler (summary);
  long r = walk (4, 2.0);
  printf ("result: %ld\n", r);
  after_resume ();
  return 0;
}

/* { dg-output "^before capture: -5 \\(no such frame, variable or capture\\)\n" } */
/* { dg-output "depth 2\n" } */
/* { dg-output "frame 0: walk in handler-api\\.c line 66, point \"walk\" \\(explicit\\) at line 75, 5 vars\n" } */
/* { dg-output "  param steps : int \\(4 bytes\\) = 4 \\\[1\\\]\n" } */
/* { dg-output "  param weight : double \\(8 bytes\\) = 2 \\\[1\\\]\n" } */
/* { dg-output "  sum : long int \\(8 bytes\\) = 1011 \\\[1\\\]\n" } */
/* { dg-output "  cursor : int \\* \\(8 bytes\\) = <pointer> \\\[1\\\]\n" } */
/* { dg-output "  cursor points at table\\\[2\\\]\n" } */
/* { dg-output "  i : int \\(4 bytes\\) = 1 \\\[1\\\]\n" } */
/* { dg-output "frame 1: main in handler-api\\.c line 81, point \"call:walk:1\" \\(call\\) at line 86, 0 vars\n" } */
/* { dg-output "truncated \"10\" needed 4\n" } */
/* { dg-output "frame 9: no such frame, variable or capture\n" } */
/* { dg-output "var 0/9: -5\n" } */
/* { dg-output "null info: -1\n" } */
/* { dg-output "result: 2052\n" } */
/* { dg-output "low frames: 1\n" } */
/* { dg-output "after resume: depth 2, frame 0 walk \\(0\\) at \"walk\"\n$" } */
