/* Data and function pointer locals print as NULL when null and as 0x and
   hex digits otherwise; the pointed-to data is not followed.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

static int table[4] = { 10, 20, 30, 40 };

static int
twice (int x)
{
  return 2 * x;
}

int
main (void)
{
  int *none = NULL;
  const char *name = "gearshift";
  int *cursor = table;
  int (*fn) (int) = twice;
  void *nothing = NULL;
  for (int i = 0; i < 3; i++)
    {
      if (i == 2)
	gearshift_request_update (0);
      gearshift_update_point ("here");
      cursor++;
    }
  printf ("%p %s %d %d %p\n", (void *) none, name, *cursor, fn (3), nothing);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-pointer\\.c:18\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-pointer\\.c:29:\[0-9\]+\\)\n" } */
/* { dg-output "    none = NULL\n" } */
/* { dg-output "    name = 0x\[0-9a-f\]+\n" } */
/* { dg-output "    cursor = 0x\[0-9a-f\]+\n" } */
/* { dg-output "    fn = 0x\[0-9a-f\]+\n" } */
/* { dg-output "    nothing = NULL\n" } */
/* { dg-output "    i = 2\n" } */
/* { dg-output "\\(nil\\) gearshift 40 6 \\(nil\\)\n$" } */
