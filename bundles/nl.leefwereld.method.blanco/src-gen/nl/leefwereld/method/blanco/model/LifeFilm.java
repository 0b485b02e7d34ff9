/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.blanco.model;

import nl.leefwereld.model.Assessment;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Life Film</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.blanco.model.LifeFilm#getEvents <em>Events</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.LifeFilm#getPeople <em>People</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getLifeFilm()
 * @model
 * @generated
 */
public interface LifeFilm extends Assessment {
	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.method.blanco.model.FilmEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getLifeFilm_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<FilmEvent> getEvents();

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.method.blanco.model.NetworkPerson}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getLifeFilm_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetworkPerson> getPeople();

} // LifeFilm
