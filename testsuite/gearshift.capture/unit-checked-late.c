/* The runtime checks a unit's frame and point tables when it first
   captures, not when the unit registers (a program that is never updated
   does not read them): a unit whose table puts a field outside its frame
   is ignored then, with a message, and the capture goes on with the
   program's own unit.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>
#include "../../runtime/gs-meta.h"

static const struct gs_field_meta bad_fields[] = {
  { .name = "x", .type = "int", .layout = "i4", .offset = 64, .size = 4 }
};
static const struct gs_fn_meta bad_fns[] = {
  { .name = "bad", .file = "fake.c", .line = 1, .type = "void (void)",
    .frame_size = 8,
    .frame_align = 8, .nfields = 1, .fields = bad_fields }
};
static const struct gs_unit_meta bad_unit = {
  .version = GS_META_VERSION, .nfns = 1, .file = "fake.c", .fns = bad_fns
};

int
main (void)
{
  int n = 0;

  __gearshift_register_unit (&bad_unit);
  fprintf (stderr, "registered\n");
  for (int i = 0; i < 10; i++)
    {
      if (i == 3)
	gearshift_request_update (0);
      n += i;
      gearshift_update_point ("step");
    }
  printf ("%d\n", n);
  return 0;
}

/* { dg-output "^registered\n" } */
/* { dg-output "gearshift: unit fake\\.c is ignored: function bad has a field outside the frame\n" } */
/* { dg-output "gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \[^\n\]* at point \[0-9\]+ \"step\" \[^\n\]*\n" } */
/* { dg-output "    n = 6\n    i = 3\n" } */
/* { dg-output "45\n$" } */
