/* GCC vector-extension locals (int, float and double vectors) carried
   across updates and combined lane by lane afterwards.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

typedef int v4si __attribute__ ((vector_size (16)));
typedef float v4sf __attribute__ ((vector_size (16)));
typedef double v2df __attribute__ ((vector_size (16)));
typedef short v8hi __attribute__ ((vector_size (16)));

static int __attribute__ ((noinline))
lane (int k)
{
  int v = k;
  for (int i = 0; i < 2; i++)
    {
      gearshift_update_point ("lane");
      v = v * 3 + 1;
    }
  return v % 17;
}

int
main (void)
{
  v4si vi = { 1, 2, 3, 4 };
  v4sf vf = { 0.5f, 1.5f, 2.5f, 3.5f };
  v2df vd = { 1.0, -1.0 };
  v8hi vh = { 1, 2, 3, 4, 5, 6, 7, 8 };
  for (int k = 0; k < 10; k++)
    {
      int l = lane (k);
      vi = vi * 3 + l;
      vf = vf * 0.75f + (float) l;
      vd = vd / 2 + (double) lane (k + 5);
      vh = vh ^ (short) l;
    }
  printf ("vi=%d %d %d %d\n", vi[0], vi[1], vi[2], vi[3]);
  printf ("vf=%a %a %a %a\n", vf[0], vf[1], vf[2], vf[3]);
  printf ("vd=%a %a\n", vd[0], vd[1]);
  printf ("vh=%d %d %d %d %d %d %d %d\n", vh[0], vh[1], vh[2], vh[3], vh[4],
	  vh[5], vh[6], vh[7]);
  fflush (stdout);
  return 0;
}

/* { dg-output "^vi=247245 306294 365343 424392\n" } */
/* { dg-output "vf=0x1\\.ce9816p\\+4 0x1\\.cf7ebcp\\+4 0x1\\.d06568p\\+4 0x1\\.d14c0ep\\+4\n" } */
/* { dg-output "vd=0x1\\.efd8p\\+3 0x1\\.efc8p\\+3\n" } */
/* { dg-output "vh=21 22 23 16 17 18 19 28\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
