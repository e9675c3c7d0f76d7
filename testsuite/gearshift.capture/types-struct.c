/* A struct local with members of mixed types and padding prints as
   {.member = value, ...} with each member read at its own offset.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

struct record
{
  char tag;
  double weight;
  short count;
  long total;
  float ratio;
  int *link;
};

static void __attribute__ ((noipa))
show (const struct record *r)
{
  printf ("%c %g %d %ld %g %p\n", r->tag, r->weight, r->count, r->total,
	  r->ratio, (void *) r->link);
}

int
main (void)
{
  struct record r = { 'r', 0.75, 0, 0, 0.5f, NULL };
  for (int i = 0; i < 10; i++)
    {
      r.count++;
      r.total += 100000000000L;
      if (i == 4)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  show (&r);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-struct\\.c:27\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-struct\\.c:36:\[0-9\]+\\)\n" } */
/* { dg-output "    r = \\{\\.tag = 114, \\.weight = 0\\.75, \\.count = 5, \\.total = 500000000000, \\.ratio = 0\\.5, \\.link = NULL\\}\n" } */
/* { dg-output "    i = 4\n" } */
/* { dg-output "r 0\\.75 10 1000000000000 0\\.5 \\(nil\\)\n$" } */
