import Image from "next/image";
import Link from "next/link";
import { shopDb } from "@/db/shop/client";
import { formatEuro } from "@/server/lib/money";
import { listProducts } from "@/server/shop/catalog/products";

export const dynamic = "force-dynamic";

export default function CataloguePage() {
  const products = listProducts(shopDb());
  return (
    <>
      <h1>Catalogue</h1>
      <ul className="product-grid" aria-label="Produits">
        {products.map((p) => (
          <li key={p.id} className="product-card">
            <Link href={`/products/${p.slug}`}>
              <Image src={p.imagePath} alt="" width={800} height={600} unoptimized />
              <div className="body">
                <span className="brand-name">{p.brand}</span>
                <span className="name">{p.name}</span>
                <span className="price">{formatEuro(p.priceCents)}</span>
              </div>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
