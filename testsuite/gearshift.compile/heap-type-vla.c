/* A struct of variable size (GNU C: a struct holding a variable-length
   array) used through a pointer is left out of the unit's heap types:
   its layout differs from object to object.  Its layout once made the
   plugin fail in tree_to_shwi (GCC's execute/pr82210.c, align-nest.c,
   20040308-1.c).  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

extern void use (void *);

int
fill (int n)
{
  struct s { int a[n]; int b; } v, *p = &v; /* { dg-warning "variable-length array" } */
  p->b = n;
  for (int i = 0; i < n; i++)
    p->a[i] = i;
  use (p);
  return p->b + p->a[0];
}
